package io.talentatlas.metrics.service.rules;

import io.talentatlas.metrics.service.view.Contribution;
import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.PeriodView;
import io.talentatlas.metrics.service.view.RegionRef;
import io.talentatlas.metrics.service.view.RollupGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sums a province's cities' flows (facts.md): only whole-city achievements, one figure per city (the latest),
 * and only figures covering the same period in the same unit are added up. A period that is not known cannot be
 * "the same" as another, so such figures are listed without a total. Cities with no figure are named.
 */
public final class RollupRules {

    private RollupRules() {
    }

    /** One group per period and unit, each city's latest figure in it. */
    public static List<RollupGroup> groups(List<FactView> facts, Map<String, RegionRef> cities, Integer year) {
        List<FactView> eligible = facts.stream()
                .filter(fact -> fact.scope() == null && !fact.target() && cities.containsKey(fact.region()))
                .filter(fact -> year == null || coversExactly(fact.period(), year))
                .toList();
        Map<List<Object>, List<Contribution>> byPeriod = new LinkedHashMap<>();
        LatestWins.latestPerKey(eligible, FactView::region).values().forEach(fact -> byPeriod
                .computeIfAbsent(List.of(coverageKey(fact.period()), fact.unit()), k -> new ArrayList<>())
                .add(new Contribution(cities.get(fact.region()), fact)));
        return byPeriod.values().stream().map(RollupRules::group).toList();
    }

    /** The cities, in the given order, that have no contribution in any group. */
    public static List<RegionRef> citiesWithoutFigure(List<RollupGroup> groups, Map<String, RegionRef> cities) {
        Set<String> covered = groups.stream().flatMap(group -> group.contributions().stream())
                .map(contribution -> contribution.region().code()).collect(Collectors.toSet());
        return cities.values().stream().filter(city -> !covered.contains(city.code())).toList();
    }

    /** True when the period is exactly that calendar year. */
    static boolean coversExactly(PeriodView period, int year) {
        boolean yearly = "annual".equals(period.kind()) || "span".equals(period.kind());
        Integer from = period.from() == null && "annual".equals(period.kind()) ? period.to() : period.from();
        Integer to = period.to() == null && "annual".equals(period.kind()) ? period.from() : period.to();
        return yearly && Integer.valueOf(year).equals(from) && Integer.valueOf(year).equals(to);
    }

    /** True when two cities' figures over this period may be added: the kind and at least one bound are known. */
    static boolean summable(PeriodView period) {
        return !"unknown".equals(period.kind()) && (period.from() != null || period.to() != null);
    }

    private static RollupGroup group(List<Contribution> contributions) {
        FactView first = contributions.get(0).fact();
        PeriodView period = first.period();
        if (!summable(period)) {
            return new RollupGroup(period, first.unit(), null, null, List.copyOf(contributions));
        }
        BigDecimal total = contributions.stream().map(c -> c.fact().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> qualifiers = contributions.stream().map(c -> c.fact().qualifier()).toList();
        return new RollupGroup(period, first.unit(), total, SumQualifier.of(qualifiers), List.copyOf(contributions));
    }

    private static List<Object> coverageKey(PeriodView period) {
        return java.util.Arrays.asList(period.kind(), period.from(), period.to());
    }
}
