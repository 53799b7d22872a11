package io.talentatlas.analysis.text;

/**
 * Which characters a text holds, as a small hashed bit set: made once for a text that many patterns are tried on
 * (the words around a number go through every metric of the lexicon), it lets a {@link GatedPattern} whose literals
 * start with none of them say no without reading the text again. A set bit may be a collision, never a miss.
 */
public final class CharPresence {

    private static final int BITS = 12;

    private final long[] bits = new long[1 << (BITS - 6)];

    private CharPresence() {
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
        CharPresence presence = new CharPresence();
        for (int i = start; i < end; i++) {
            presence.add(text.charAt(i));
        }
        for (int i = 0; i < extra.length(); i++) {
            presence.add(extra.charAt(i));
        }
        return presence;
    }

    private void add(char c) {
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
