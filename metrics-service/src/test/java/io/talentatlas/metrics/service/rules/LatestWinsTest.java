package io.talentatlas.metrics.service.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.talentatlas.metrics.service.view.ArticleRef;
import io.talentatlas.metrics.service.view.FactView;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    private final ArticleRef old = Facts.article("a-old", "2021-05-01T00:00:00+08:00");
    private final ArticleRef recent = Facts.article("a-new", "2023-05-01T00:00:00+08:00");
    private final ArticleRef undated = Facts.article("a-undated", null);

    @Test
    void theMostRecentlyPublishedArticleWins() {
        FactView older = Facts.fact(old, "230200", "talent.introduced", 900);
        FactView newer = Facts.fact(recent, "230200", "talent.introduced", 100);

        assertEquals(newer, LatestWins.latestPerKey(List.of(newer, older), FactView::metric).get("talent.introduced"));
        assertEquals(newer, LatestWins.latestPerKey(List.of(older, newer), FactView::metric).get("talent.introduced"));
    }

    @Test
    void anUndatedArticleCountsAsTheOldest() {
        FactView dated = Facts.fact(old, "230200", "talent.introduced", 1);
        FactView noDate = Facts.fact(undated, "230200", "talent.introduced", 2);

        assertEquals(dated, LatestWins.latestPerKey(List.of(noDate, dated), FactView::metric).get("talent.introduced"));
    }

    @Test
    void theFirstFigureOfTheArticleIsItsFigureAndAllItsFiguresAreKeptForTables() {
        FactView second = Facts.build(recent, "230200", null, "incentive.rent", 3000, "up_to", false,
                Facts.annual(2022), 40);
        FactView first = Facts.build(recent, "230200", null, "incentive.rent", 5000, "up_to", false,
                Facts.annual(2022), 10);
        FactView olderOffer = Facts.fact(old, "230200", "incentive.rent", 9000);

        List<FactView> facts = List.of(second, olderOffer, first);

        assertEquals(first, LatestWins.latestPerKey(facts, FactView::metric).get("incentive.rent"));
        assertEquals(List.of(first, second), LatestWins.latestArticlePerKey(facts, FactView::metric)
                .get("incentive.rent"));
    }
}
