package io.talentatlas.analysis.facts.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.talentatlas.analysis.facts.Fact;
import java.math.BigDecimal;
import java.util.List;

/**
 * One fact as a JSON line: what {@code atlas extract} prints and what the gold file holds (facts.md fields plus
 * {@code doc} and {@code region_name}).
 */
@JsonPropertyOrder({"doc", "region", "region_name", "scope", "metric", "value", "value_min", "unit", "qualifier",
        "period", "target", "label", "evidence", "span"})
public record FactLine(
        String doc,
        String region,
        @JsonProperty("region_name") String regionName,
        String scope,
        String metric,
        BigDecimal value,
        @JsonProperty("value_min") BigDecimal valueMin,
        String unit,
        String qualifier,
        PeriodLine period,
        boolean target,
        String label,
        String evidence,
        List<Integer> span) {

    /** The line for a fact of document {@code doc}; values are written without exponent or trailing zeros. */
    public static FactLine of(String doc, Fact fact, String regionName) {
        return new FactLine(doc, fact.region(), regionName, fact.scope(), fact.metric(), plain(fact.value()),
                plain(fact.valueMin()), fact.unit().key(), fact.qualifier().key(), PeriodLine.of(fact.period()),
                fact.target(), fact.label(), fact.evidence(), List.of(fact.spanStart(), fact.spanEnd()));
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
