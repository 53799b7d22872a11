package io.talentatlas.analysis.text;

/**
 * A fixed set of characters as a bit set over the BMP: membership is one load and a mask. For scans that test every
 * character of a body against a short list (sentence ends, quote marks), where {@code String.indexOf(char)} pays its
 * set-up for each character.
 */
public final class CharSet {

    private final long[] bits = new long[(Character.MAX_VALUE + 1) / 64];

    private CharSet() {
    }

    /** The characters of {@code chars}. */
    public static CharSet of(String chars) {
        CharSet set = new CharSet();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            set.bits[c >>> 6] |= 1L << c;
        }
        return set;
    }

    public boolean contains(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
