package io.talentatlas.analysis.text;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * A fixed set of characters as a bit set over the BMP (8 KiB, small enough to stay in the L1 cache): membership is
 * one load and a mask. For scans that test every character of a text against a set (sentence ends, quote marks, the
 * characters a number or a place name or a regex match can start with), where {@code String.indexOf(char)} or a big
 * lookup table pays more per character.
 */
public final class CharSet {

    private final long[] bits = new long[(Character.MAX_VALUE + 1) / 64];

    private CharSet() {
    }

    /** The characters of {@code chars}. */
    public static CharSet of(CharSequence chars) {
        CharSet set = new CharSet();
        for (int i = 0; i < chars.length(); i++) {
            set.add(chars.charAt(i));
        }
        return set;
    }

    /** The characters of {@code chars}. */
    public static CharSet of(Collection<Character> chars) {
        CharSet set = new CharSet();
        chars.forEach(set::add);
        return set;
    }

    /** Every BMP character for which {@code member} holds (tested once for each of the 65,536). */
    public static CharSet matching(Predicate<Character> member) {
        CharSet set = new CharSet();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (member.test((char) c)) {
                set.add((char) c);
            }
        }
        return set;
    }

    public boolean contains(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    private void add(char c) {
        bits[c >>> 6] |= 1L << c;
    }
}
