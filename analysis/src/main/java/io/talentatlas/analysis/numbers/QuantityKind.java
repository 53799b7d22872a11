package io.talentatlas.analysis.numbers;

/**
 * What role a number plays in its sentence, so that the facts layer can keep the counts and amounts and drop
 * the numbers that only look like quantities (facts.md, "Not facts").
 */
public enum QuantityKind {
    /** A count, amount, share or measure: the only kind that can become a fact. */
    NUMBER,
    /** A calendar year ({@code 2022年}, {@code 二〇二二年}). */
    YEAR,
    /** A month or day of a date ({@code 01月}, {@code 05日}) or a numeric date ({@code 2023-01-05}). */
    DATE,
    /** A clock time ({@code 9:31}, {@code 20点}); the value is minutes after midnight for {@code H:MM}. */
    TIME,
    /** A telephone number. */
    PHONE,
    /** A rank or position ({@code 第30位}, {@code 第三届}). */
    ORDINAL,
    /** Digits glued to Latin letters or an over-long digit run: an identifier, model or code ({@code 5G}, {@code A2021…}). */
    CODE,
    /** A number inside a title or a short quoted name ({@code 《…60条》}, {@code “1+1”}, {@code “五链”}). */
    NAME,
    /**
     * A single Chinese numeral character with no counter word after it ({@code 这一特色}, {@code 航天六院}): in
     * news text such a character is almost always part of a word, not a count.
     */
    WORD
}
