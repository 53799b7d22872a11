package io.talentatlas.metrics.service;

import io.talentatlas.analysis.facts.Fact;
import io.talentatlas.analysis.facts.Period;
import io.talentatlas.metrics.repository.FactEntity;
import java.time.OffsetDateTime;

/** Maps an extracted {@link Fact} to the row that stores it. */
final class FactEntities {

    private FactEntities() {
    }

    static FactEntity of(Fact fact, String articleId, OffsetDateTime publishedAt, String extractorVersion) {
        FactEntity entity = new FactEntity();
        entity.articleId = articleId;
        entity.publishedAt = publishedAt;
        entity.region = fact.region();
        entity.scope = blankToNull(fact.scope());
        entity.metric = fact.metric();
        entity.value = fact.value();
        entity.valueMin = fact.valueMin();
        entity.unit = fact.unit().key();
        entity.qualifier = fact.qualifier().key();
        Period period = fact.period() == null ? Period.UNKNOWN : fact.period();
        entity.periodKind = period.kind().key();
        entity.periodFrom = period.from();
        entity.periodTo = period.to();
        entity.periodLabel = period.label();
        entity.target = fact.target();
        entity.label = fact.label();
        entity.evidence = fact.evidence();
        entity.spanStart = fact.spanStart();
        entity.spanEnd = fact.spanEnd();
        entity.extractorVersion = extractorVersion;
        return entity;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
