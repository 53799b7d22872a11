package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;

/**
 * A quantity while the finder is still reading it, in offsets of the normalized text. Mutable on purpose: the
 * reading steps (unit, hedges, kind, range) each refine it before it becomes an immutable {@link Quantity}.
 */
final class Mention {

    int start;
    int end;
    final int numeralStart;
    final int numeralEnd;
    BigDecimal value;
    BigDecimal valueMin;
    Unit unit = Unit.OTHER;
    /** Start of the unit text in normalized offsets (the multiplier of 万元 or the counter word); end is {@link #end}. */
    int unitStart;
    int unitEnd;
    UnitWord unitWord;
    Qualifier qualifier = Qualifier.EXACT;
    QuantityKind kind = QuantityKind.NUMBER;

    Mention(int numeralStart, int numeralEnd, BigDecimal value) {
        this.start = numeralStart;
        this.end = numeralEnd;
        this.numeralStart = numeralStart;
        this.numeralEnd = numeralEnd;
        this.value = value;
        this.unitStart = numeralEnd;
        this.unitEnd = numeralEnd;
    }

    boolean hasUnitWord() {
        return unitWord != null;
    }

    boolean isCurrency() {
        return unitWord != null && unitWord.isCurrency();
    }

    Quantity toQuantity(String source, NormalizedText text) {
        int sourceStart = text.sourceStart(start);
        int sourceEnd = text.sourceEnd(end);
        String unitText = unitEnd > unitStart
                ? unitText(source, text.sourceStart(unitStart), text.sourceEnd(unitEnd)) : "";
        return new Quantity(sourceStart, sourceEnd, source.substring(sourceStart, sourceEnd), value, valueMin, unit,
                unitText, qualifier, kind);
    }

    /**
     * The unit as written in {@code source[from, to)}: the unit word's own string when the source spells it so
     * (元, 个, 人 — most units), which spares copying the substring out of a Chinese text.
     */
    private String unitText(String source, int from, int to) {
        if (unitWord != null && to - from == unitWord.word().length() && source.startsWith(unitWord.word(), from)) {
            return unitWord.word();
        }
        return source.substring(from, to);
    }
}
