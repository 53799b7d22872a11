package io.talentatlas.metrics.service.rules;

import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.ScopeGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Splits a region's facts into the sections of the region page (facts.md, "Aggregation rules"): a scoped fact is
 * never a headline; targets stand apart from achievements; offers form their own table; the latest article wins.
 */
public final class RegionViewRules {

    private static final Comparator<FactView> BY_METRIC = Comparator.comparing(FactView::metric);

    private RegionViewRules() {
    }

    /** Latest whole-region achievement per catalogue metric, offers excluded, ordered by metric key. */
    public static List<FactView> headline(List<FactView> facts) {
        List<FactView> wholeRegion = select(facts, fact -> !fact.target() && !MetricRules.isOffer(fact.metric()));
        return sorted(LatestWins.latestPerKey(wholeRegion, FactView::metric).values());
    }

    /** Every figure of the newest article per offer: one policy often states several tiers (博士 5万, 硕士 3万). */
    public static List<FactView> offers(List<FactView> facts) {
        List<FactView> offers = select(facts, fact -> MetricRules.isOffer(fact.metric()));
        return sorted(flatten(LatestWins.latestArticlePerKey(offers, FactView::metric).values()));
    }

    /** Whole-region plans and goals, every figure of the newest article per metric. */
    public static List<FactView> targets(List<FactView> facts) {
        List<FactView> targets = select(facts, fact -> fact.target() && !MetricRules.isOffer(fact.metric()));
        return sorted(flatten(LatestWins.latestArticlePerKey(targets, FactView::metric).values()));
    }

    /** Figures about named parts of the region, latest per metric and target flag, grouped by part name. */
    public static List<ScopeGroup> scoped(List<FactView> facts) {
        List<FactView> scoped = facts.stream()
                .filter(fact -> fact.scope() != null && MetricRules.inCatalogue(fact.metric())).toList();
        Map<String, List<FactView>> byScope = new LinkedHashMap<>();
        LatestWins.latestPerKey(scoped, fact -> List.of(fact.scope(), fact.metric(), fact.target()))
                .values().forEach(fact -> byScope.computeIfAbsent(fact.scope(), s -> new ArrayList<>()).add(fact));
        return byScope.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new ScopeGroup(entry.getKey(), sorted(entry.getValue()))).toList();
    }

    private static List<FactView> select(List<FactView> facts, Predicate<FactView> rule) {
        return facts.stream()
                .filter(fact -> fact.scope() == null && MetricRules.inCatalogue(fact.metric()))
                .filter(rule).toList();
    }

    private static List<FactView> flatten(Collection<List<FactView>> groups) {
        return groups.stream().flatMap(List::stream).toList();
    }

    private static List<FactView> sorted(Collection<FactView> facts) {
        return facts.stream().sorted(BY_METRIC.thenComparingInt(FactView::spanStart)).toList();
    }
}
