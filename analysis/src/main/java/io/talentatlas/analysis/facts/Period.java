package io.talentatlas.analysis.facts;

/**
 * The time a fact covers, with years resolved against the article's date.
 *
 * @param kind  as_of, span, annual or unknown
 * @param from  first year covered, or null when open or unknown
 * @param to    last year covered, or null when open or unknown
 * @param label the time words as written (近三年, 2021年以来, 截至目前), or null
 */
public record Period(PeriodKind kind, Integer from, Integer to, String label) {

    /** No time words and nothing to resolve. */
    public static final Period UNKNOWN = new Period(PeriodKind.UNKNOWN, null, null, null);
}
