package io.talentatlas.metrics.service.rules;

import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.RankedFigure;
import io.talentatlas.metrics.service.view.RegionRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Ranks regions on one metric: each region's latest whole-region achievement, highest first. Figures in different
 * units are never ranked against each other. A bound or an estimate keeps its qualifier and is flagged, so that
 * {@code 5000余} is not silently read as exactly 5000; an offer's {@code up_to} is the cap itself, so it is exact.
 */
public final class ComparisonRules {

    private static final Comparator<FactView> HIGHEST_FIRST = Comparator.comparing(FactView::unit)
            .thenComparing(FactView::value, Comparator.reverseOrder())
            .thenComparing(FactView::region);

    private ComparisonRules() {
    }

    /** The ranking of the regions whose facts are given; {@code regions} names them. */
    public static List<RankedFigure> rank(List<FactView> facts, Function<String, RegionRef> regions) {
        List<FactView> achievements = facts.stream()
                .filter(fact -> fact.scope() == null && !fact.target()).toList();
        List<FactView> latest = LatestWins.latestPerKey(achievements, FactView::region).values().stream()
                .sorted(HIGHEST_FIRST).toList();
        Map<String, Integer> seenPerUnit = new HashMap<>();
        List<RankedFigure> ranking = new ArrayList<>();
        for (FactView fact : latest) {
            int rank = seenPerUnit.merge(fact.unit(), 1, Integer::sum);
            ranking.add(new RankedFigure(rank, regions.apply(fact.region()), fact, isExact(fact)));
        }
        return ranking;
    }

    /** True when the figure is the value itself, not a bound or an estimate of it. */
    static boolean isExact(FactView fact) {
        return switch (fact.qualifier()) {
            case "exact" -> true;
            case "up_to" -> MetricRules.isOffer(fact.metric());
            default -> false;
        };
    }
}
