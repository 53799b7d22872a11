package io.talentatlas.analysis.text;

/**
 * Which characters a text holds, as a small hashed bit set: made once for a text that many patterns are tried on
 * (the words around a number go through every metric of the lexicon), it lets a {@link GatedPattern} whose literals
 * start with none of them say no without reading the text again. A set bit may be a collision, never a miss.
 */
public final class CharPresence {

    private static final int BITS = 12;

    private final long[] bits;
    /** The index that found {@link #literals}, or null when only the characters are known. */
    private final LiteralIndex index;
    /** Bits of the indexed patterns with a whole literal in the text. */
    private final long[] literals;

    private CharPresence(long[] bits, LiteralIndex index, long[] literals) {
        this.bits = bits;
        this.index = index;
        this.literals = literals;
    }

    /** The characters of {@code text}. */
    public static CharPresence of(CharSequence text) {
        return of(text, 0, text.length(), "");
    }

    /**
     * The characters of {@code text} from {@code start} to {@code end} and the {@code extra} ones: made once for a
     * sentence, it holds every character of any text cut from that sentence and joined with the extra characters.
     */
    public static CharPresence of(CharSequence text, int start, int end, String extra) {
        CharPresence presence = new CharPresence(new long[1 << (BITS - 6)], null, null);
        for (int i = start; i < end; i++) {
            presence.add(text.charAt(i));
        }
        for (int i = 0; i < extra.length(); i++) {
            presence.add(extra.charAt(i));
        }
        return presence;
    }

    /** An empty set of characters to fill with {@link #add}, with the patterns of {@code index} found in the text. */
    static CharPresence withLiterals(LiteralIndex index, long[] literals) {
        return new CharPresence(new long[1 << (BITS - 6)], index, literals);
    }

    /**
     * The characters alone: for a text that joins pieces of the sentence directly (a literal may span the joint), of
     * which only the characters are sure to be the sentence's.
     */
    public CharPresence charsOnly() {
        return index == null ? this : new CharPresence(bits, null, null);
    }

    /** Whether the text holds one of the pattern's literals: 1 yes, 0 no, -1 not known (not indexed). */
    int holdsLiteralOf(GatedPattern pattern) {
        int bit = index == null ? -1 : index.bitOf(pattern);
        return bit < 0 ? -1 : (int) (literals[bit >>> 6] >>> bit) & 1;
    }

    void add(char c) {
        int slot = slot(c);
        bits[slot >>> 6] |= 1L << slot;
    }

    /** False when {@code c} is surely not in the text. */
    public boolean mayContain(char c) {
        int slot = slot(c);
        return (bits[slot >>> 6] & (1L << slot)) != 0;
    }

    private static int slot(char c) {
        return (c * 0x9E3779B1) >>> (32 - BITS);
    }
}
