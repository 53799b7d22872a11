package io.talentatlas.analysis.numbers;

/** How exact a stated number is, from the words around it (see facts.md). */
public enum Qualifier {
    /** No hedge: the number as stated. */
    EXACT("exact"),
    /** 余, 多, 超过, 突破, 以上, 逾. */
    AT_LEAST("at_least"),
    /** 近, 约, 左右. */
    APPROX("approx"),
    /** 最高, 不超过, 上限, and the upper bound of a range. */
    UP_TO("up_to");

    private final String key;

    Qualifier(String key) {
        this.key = key;
    }

    /** The qualifier as written in fact records and JSON. */
    public String key() {
        return key;
    }

    /** The qualifier for a fact-record key, e.g. {@code "at_least"}. */
    public static Qualifier ofKey(String key) {
        for (Qualifier qualifier : values()) {
            if (qualifier.key.equals(key)) {
                return qualifier;
            }
        }
        throw new IllegalArgumentException("unknown qualifier: " + key);
    }
}
