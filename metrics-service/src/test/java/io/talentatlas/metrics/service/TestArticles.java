package io.talentatlas.metrics.service;

import io.talentatlas.analysis.facts.Fact;
import io.talentatlas.analysis.facts.Period;
import io.talentatlas.analysis.facts.PeriodKind;
import io.talentatlas.analysis.numbers.Qualifier;
import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.events.ArticleFormat;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.Paragraph;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Builders for articles and facts used by the storage and query tests. */
public final class TestArticles {

    private TestArticles() {
    }

    /** An article with a fresh random id about {@code homeRegion}, published at {@code publishedAt}. */
    public static ArticleParsed article(String homeRegion, String publishedAt, String body) {
        String id = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        OffsetDateTime published = publishedAt == null ? null : OffsetDateTime.parse(publishedAt);
        return new ArticleParsed(ArticleParsed.SCHEMA_VERSION, id, "标题 " + id.substring(0, 6), published, "测试日报",
                List.of("记者"), "https://example.org/" + id, ArticleFormat.TEXT, homeRegion, null,
                List.of(new Paragraph(0, body.length(), false)), body);
    }

    /** A whole-region achievement whose evidence is the whole body and whose span is the number in it. */
    public static Fact fact(String region, String metric, long value, String body, String number) {
        return fact(region, null, metric, value, Qualifier.EXACT, false, new Period(PeriodKind.UNKNOWN, null, null,
                null), body, number);
    }

    /** A fact with every choice open. */
    public static Fact fact(String region, String scope, String metric, long value, Qualifier qualifier,
            boolean target, Period period, String body, String number) {
        int start = body.indexOf(number);
        return new Fact(region, scope, metric, BigDecimal.valueOf(value), null, Unit.PERSON, qualifier, period,
                target, "引进人才", body, start, start + number.length());
    }
}
