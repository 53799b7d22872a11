package io.talentatlas.analysis.numbers;

/** What a quantity counts, in the base units of the fact record (see facts.md). */
public enum Unit {
    PERSON("person"),
    PERSON_TIME("person_time"),
    CNY("cny"),
    CNY_PER_MONTH("cny_per_month"),
    CNY_PER_YEAR("cny_per_year"),
    ORG("org"),
    DWELLING("dwelling"),
    TEAM("team"),
    ITEM("item"),
    EVENT("event"),
    PERCENT("percent"),
    M2("m2"),
    /** A counter word outside the catalogue's units (份, 笔, 条 …), or none at all; see {@link Quantity#unitText()}. */
    OTHER("other");

    private final String key;

    Unit(String key) {
        this.key = key;
    }

    /** The unit as written in fact records and JSON. */
    public String key() {
        return key;
    }

    /** The unit for a fact-record key, e.g. {@code "person_time"}. */
    public static Unit ofKey(String key) {
        for (Unit unit : values()) {
            if (unit.key.equals(key)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit: " + key);
    }
}
