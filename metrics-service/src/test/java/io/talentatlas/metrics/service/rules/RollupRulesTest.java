package io.talentatlas.metrics.service.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.talentatlas.metrics.service.view.ArticleRef;
import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.PeriodView;
import io.talentatlas.metrics.service.view.RegionRef;
import io.talentatlas.metrics.service.view.RollupGroup;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupRulesTest {

    private final ArticleRef article = Facts.article("a1", "2023-01-05T00:00:00+08:00");
    private final Map<String, RegionRef> cities = new LinkedHashMap<>();

    RollupRulesTest() {
        for (String code : List.of("230100", "230200", "230600", "231200")) {
            cities.put(code, new RegionRef(code, code, "prefecture", "230000"));
        }
    }

    @Test
    void sumsOnlyFiguresOfTheSamePeriodAndNamesTheMissingCities() {
        FactView a = Facts.fact(article, "230200", "talent.introduced", 1000);
        FactView b = Facts.build(article, "231200", null, "talent.introduced", 500, "at_least", false,
                Facts.annual(2022), 0);
        FactView span = Facts.build(article, "230600", null, "talent.introduced", 52000, "exact", false,
                new PeriodView("span", 2020, 2022, "近三年"), 0);

        List<RollupGroup> groups = RollupRules.groups(List.of(a, b, span), cities, null);

        assertEquals(2, groups.size());
        assertEquals(new BigDecimal(1500), groups.get(0).total());
        assertEquals("at_least", groups.get(0).qualifier());
        assertEquals(new BigDecimal(52000), groups.get(1).total());
        assertEquals(List.of("230100"), RollupRules.citiesWithoutFigure(groups, cities).stream()
                .map(RegionRef::code).toList());
    }

    @Test
    void aPeriodThatIsNotKnownIsListedButNotSummed() {
        FactView unknown = Facts.build(article, "230200", null, "talent.introduced", 319, "exact", false,
                new PeriodView("unknown", null, null, null), 0);

        RollupGroup group = RollupRules.groups(List.of(unknown), cities, null).get(0);

        assertNull(group.total());
        assertEquals(1, group.contributions().size());
    }

    @Test
    void aYearSelectsFiguresCoveringExactlyThatYearAndTargetsNeverCount() {
        FactView year2022 = Facts.fact(article, "230200", "talent.introduced", 1000);
        FactView threeYears = Facts.build(article, "230600", null, "talent.introduced", 52000, "exact", false,
                new PeriodView("span", 2020, 2022, null), 0);
        FactView target = Facts.build(article, "231200", null, "talent.introduced", 4000, "exact", true,
                Facts.annual(2022), 0);

        List<RollupGroup> groups = RollupRules.groups(List.of(year2022, threeYears, target), cities, 2022);

        assertEquals(1, groups.size());
        assertEquals(new BigDecimal(1000), groups.get(0).total());
        assertEquals(3, RollupRules.citiesWithoutFigure(groups, cities).size());
    }
}
