package io.talentatlas.metrics.service.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.talentatlas.metrics.service.view.ArticleRef;
import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.ScopeGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionViewRulesTest {

    private final ArticleRef article = Facts.article("a1", "2023-01-05T00:00:00+08:00");
    private final FactView achievement = Facts.fact(article, "231200", "talent.introduced", 800);
    private final FactView target = Facts.build(article, "231200", null, "talent.introduced", 4000, "exact", true,
            Facts.annual(2023), 50);
    private final FactView offer = Facts.build(article, "231200", null, "incentive.housing_purchase", 150000,
            "up_to", false, Facts.annual(2022), 90);
    private final FactView zone = Facts.build(article, "231200", "绥化经开区", "platform.innovation", 12, "exact",
            false, Facts.annual(2022), 120);
    private final FactView other = Facts.fact(article, "231200", "other", 7);
    private final List<FactView> facts = List.of(target, offer, zone, other, achievement);

    @Test
    void headlineHoldsWholeRegionAchievementsOfCatalogueMetricsOnly() {
        assertEquals(List.of(achievement), RegionViewRules.headline(facts));
    }

    @Test
    void targetsAndOffersHaveTheirOwnSections() {
        assertEquals(List.of(target), RegionViewRules.targets(facts));
        assertEquals(List.of(offer), RegionViewRules.offers(facts));
    }

    @Test
    void scopedFactsAreGroupedByScopeAndNeverHeadline() {
        assertEquals(List.of(new ScopeGroup("绥化经开区", List.of(zone))), RegionViewRules.scoped(facts));
    }
}
