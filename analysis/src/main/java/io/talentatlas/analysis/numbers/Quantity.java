package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;

/**
 * A number found in text, read the way a Chinese reader reads it, with its unit and hedge.
 *
 * @param start     offset of the first character of the number (including a leading hedge such as 近 or 最高), UTF-16
 * @param end       offset after the unit word, end exclusive
 * @param text      {@code source.substring(start, end)}
 * @param value     the value in base units (yuan, persons, percent points): {@code 5.2万人} → 52000; for a range, the upper bound
 * @param valueMin  the lower bound of a range ({@code 3000至5000元} → 3000), else null
 * @param unit      the catalogue unit, or {@link Unit#OTHER}
 * @param unitText  the counter word as written (人, 万元, 份, 笔 …), empty when there is none
 * @param qualifier the hedge; a range is {@link Qualifier#UP_TO}
 * @param kind      what role the number plays; only {@link QuantityKind#NUMBER} can be a fact
 */
public record Quantity(
        int start,
        int end,
        String text,
        BigDecimal value,
        BigDecimal valueMin,
        Unit unit,
        String unitText,
        Qualifier qualifier,
        QuantityKind kind) {

    /** A plain {@link QuantityKind#NUMBER}; kept so that code written before {@code kind} existed still compiles. */
    public Quantity(int start, int end, String text, BigDecimal value, BigDecimal valueMin, Unit unit,
            String unitText, Qualifier qualifier) {
        this(start, end, text, value, valueMin, unit, unitText, qualifier, QuantityKind.NUMBER);
    }

    /** True for a count, amount or measure that may become a fact (not a year, date, ordinal, code or name). */
    public boolean isFactCandidate() {
        return kind == QuantityKind.NUMBER;
    }

    /** True when the text is a range ({@code 3000至5000元}). */
    public boolean isRange() {
        return valueMin != null;
    }
}
