package io.talentatlas.analysis.facts;

/** What time a fact's number covers (see facts.md). */
public enum PeriodKind {
    /** A stock at a date. */
    AS_OF("as_of"),
    /** A flow over a span of years. */
    SPAN("span"),
    /** A flow per year. */
    ANNUAL("annual"),
    UNKNOWN("unknown");

    private final String key;

    PeriodKind(String key) {
        this.key = key;
    }

    /** The kind as written in fact records and JSON. */
    public String key() {
        return key;
    }
}
