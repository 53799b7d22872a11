package io.talentatlas.metrics.service.rules;

import io.talentatlas.metrics.service.view.ArticleRef;
import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.PeriodView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/** Builds {@link FactView}s for the rule tests; each call gets a fresh fact id. */
final class Facts {

    private static final AtomicLong IDS = new AtomicLong();

    private Facts() {
    }

    static ArticleRef article(String id, String publishedAt) {
        return new ArticleRef(id, "t", publishedAt == null ? null : OffsetDateTime.parse(publishedAt), null, null);
    }

    static FactView fact(ArticleRef article, String region, String metric, long value) {
        return build(article, region, null, metric, value, "exact", false, annual(2022), 0);
    }

    static FactView build(ArticleRef article, String region, String scope, String metric, long value,
            String qualifier, boolean target, PeriodView period, int spanStart) {
        String unit = metric.startsWith("incentive.") ? "cny" : "person";
        return new FactView(IDS.incrementAndGet(), region, scope, metric, BigDecimal.valueOf(value), null, unit,
                qualifier, period, target, "label", "evidence", spanStart, spanStart + 3, article);
    }

    static PeriodView annual(int year) {
        return new PeriodView("annual", year, year, null);
    }
}
