package io.talentatlas.metrics.service.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.talentatlas.metrics.service.view.ArticleRef;
import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.RankedFigure;
import io.talentatlas.metrics.service.view.RegionRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonRulesTest {

    private final ArticleRef article = Facts.article("a1", "2023-01-05T00:00:00+08:00");

    @Test
    void ranksHighestFirstAndFlagsBounds() {
        FactView lowerBound = Facts.build(article, "230200", null, "talent.introduced", 5000, "at_least", false,
                Facts.annual(2022), 0);
        FactView exact = Facts.fact(article, "230600", "talent.introduced", 6000);

        List<RankedFigure> ranking = ComparisonRules.rank(List.of(lowerBound, exact), ComparisonRulesTest::region);

        assertEquals(List.of("230600", "230200"), ranking.stream().map(r -> r.region().code()).toList());
        assertEquals(List.of(true, false), ranking.stream().map(RankedFigure::exactValue).toList());
    }

    @Test
    void anOffersCapIsExactAndTargetsOrScopedFiguresAreNotRanked() {
        FactView cap = Facts.build(article, "231200", null, "incentive.housing_purchase", 150000, "up_to", false,
                Facts.annual(2022), 0);
        FactView target = Facts.build(article, "230100", null, "incentive.housing_purchase", 990000, "up_to", true,
                Facts.annual(2022), 0);
        FactView zone = Facts.build(article, "150200", "稀土高新区", "incentive.housing_purchase", 880000, "up_to",
                false, Facts.annual(2022), 0);

        List<RankedFigure> ranking = ComparisonRules.rank(List.of(cap, target, zone), ComparisonRulesTest::region);

        assertEquals(1, ranking.size());
        assertEquals(true, ranking.get(0).exactValue());
    }

    @Test
    void differentUnitsAreRankedSeparately() {
        FactView persons = Facts.fact(article, "230200", "talent.introduced.flexible", 30);
        FactView teams = new FactView(99, "230600", null, "talent.introduced.flexible",
                java.math.BigDecimal.valueOf(25), null, "team", "exact", Facts.annual(2022), false, "l", "e", 0, 1,
                article);

        List<RankedFigure> ranking = ComparisonRules.rank(List.of(persons, teams), ComparisonRulesTest::region);

        assertEquals(List.of(1, 1), ranking.stream().map(RankedFigure::rank).toList());
    }

    private static RegionRef region(String code) {
        return new RegionRef(code, code, "prefecture", code.substring(0, 2) + "0000");
    }
}
