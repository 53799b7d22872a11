package io.talentatlas.analysis.numbers;

/**
 * One entry of the unit lexicon: a counter or unit word, the catalogue unit it maps to, and what sort of word it is.
 *
 * @param word     the word as folded (人次, 万元 is 元 after a 万 numeral)
 * @param unit     the catalogue unit, {@link Unit#OTHER} outside the catalogue
 * @param category what the word measures
 * @param currency ISO code (or name) of the currency for {@link Category#CURRENCY}, else empty
 */
record UnitWord(String word, Unit unit, Category category, String currency) {

    /** What a unit word measures; the finder treats the categories differently (dates, percent, money). */
    enum Category {
        COUNT, CURRENCY, MEASURE, DURATION, PERCENT
    }

    boolean isCurrency() {
        return category == Category.CURRENCY;
    }

    boolean isCny() {
        return unit == Unit.CNY;
    }
}
