package io.talentatlas.analysis.facts.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.talentatlas.analysis.facts.Period;

/** The {@code period} object of a fact line. */
@JsonPropertyOrder({"kind", "from", "to", "label"})
public record PeriodLine(String kind, Integer from, Integer to, String label) {

    static PeriodLine of(Period period) {
        return new PeriodLine(period.kind().key(), period.from(), period.to(), period.label());
    }
}
