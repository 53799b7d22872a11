package io.talentatlas.analysis.parse;

/**
 * The character-level normalization every document goes through, so that the same article in another encoding,
 * with other line endings or other spaces gets the same body and id: line breaks become {@code \n}; byte-order and
 * zero-width marks and control characters go; full-width digits and Latin letters become half-width; the
 * ideographic space, NBSP and other Unicode spaces become a plain space. Chinese punctuation (，。：“” …) stays.
 */
final class TextNormalizer {

    /**
     * The characters {@link #changes} is true for, one bit each: the scan for the first one to change runs over
     * every document and line, and one table lookup per character beats the chain of range tests.
     */
    private static final long[] CHANGES = changeTable();

    private TextNormalizer() {
    }

    /** {@code text} with line breaks, spaces and full-width alphanumerics normalized; line structure kept. */
    static String normalize(String text) {
        int first = firstToChange(text);
        if (first == text.length()) {
            // Most lines are normalized already (the whole document was, before it was cut into lines).
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        // Runs of characters that stay as they are are copied whole; only the ones in between are looked at.
        for (int i = first; i < text.length(); i = firstToChange(text, copied)) {
            out.append(text, copied, i);
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                appendNormalized(out, c);
            }
            copied = i + 1;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** One line or paragraph: normalized, runs of spaces collapsed to one, no space at either end. */
    static String cleanLine(String line) {
        String normalized = normalize(line);
        if (isClean(normalized)) {
            return normalized;
        }
        return appendCollapsed(new StringBuilder(normalized.length()), normalized, 0, normalized.length()).toString();
    }

    /**
     * As {@link #cleanLine} for {@code text[start, end)} when {@link #normalize} leaves it as it is (a part of a
     * normalized text): nothing to normalize again, only line breaks and runs of spaces to collapse, and no copy
     * but the result's. The same text as {@code cleanLine(text.substring(start, end))}. A String, not a
     * CharSequence: its charAt is then inlined in these per-char loops.
     */
    static String cleanNormalized(String text, int start, int end) {
        while (start < end && isBreakOrSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isBreakOrSpace(text.charAt(end - 1))) {
            end--;
        }
        int firstUnclean = firstUnclean(text, start, end);
        if (firstUnclean == end) {
            return text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start).append(text, start, firstUnclean);
        return appendCollapsed(out, text, firstUnclean, end).toString();
    }

    /**
     * {@code text[from, end)} appended to {@code out} with each run of spaces and line breaks as one space, none at
     * the start of {@code out} or at the end.
     */
    private static StringBuilder appendCollapsed(StringBuilder out, String text, int from, int end) {
        boolean pendingSpace = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (isBreakOrSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out;
    }

    /** The first line break or run of spaces in the trimmed {@code text[start, end)}, or {@code end}. */
    private static int firstUnclean(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // A space here is followed by a character before end: the range ends in no space.
            if (c == '\n' || c == ' ' && isBreakOrSpace(text.charAt(i + 1))) {
                return i;
            }
        }
        return end;
    }

    /** True for a character that {@link #normalize} keeps as it is. */
    static boolean isNormal(char c) {
        return (CHANGES[c >>> 6] & (1L << c)) == 0;
    }

    private static boolean isBreakOrSpace(char c) {
        return c == ' ' || c == '\n';
    }

    /** The index of the first character that {@link #normalize} changes or drops, or the length. */
    private static int firstToChange(String text) {
        return firstToChange(text, 0);
    }

    /** As {@link #firstToChange(String)}, from index {@code from} on. */
    private static int firstToChange(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((CHANGES[c >>> 6] & (1L << c)) != 0) {
                return i;
            }
        }
        return text.length();
    }

    /** True for a character that {@link #normalize} changes or drops. */
    private static boolean changes(char c) {
        return c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\t' || isSpace(c)
                || isFullWidthAlphanumeric(c) || isInvisible(c);
    }

    private static long[] changeTable() {
        long[] table = new long[1 << 10];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (changes((char) c)) {
                table[c >>> 6] |= 1L << c;
            }
        }
        return table;
    }

    /** No line break, no space at either end, no two spaces in a row: nothing for {@link #cleanLine} to do. */
    private static boolean isClean(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ' || text.indexOf('\n') >= 0) {
            return false;
        }
        return !text.contains("  ");
    }

    private static void appendNormalized(StringBuilder out, char c) {
        if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
            out.append('\n');
        } else if (c == '\t' || isSpace(c)) {
            out.append(' ');
        } else if (isFullWidthAlphanumeric(c)) {
            out.append((char) (c - 0xFEE0));
        } else if (!isInvisible(c)) {
            out.append(c);
        }
    }

    private static boolean isFullWidthAlphanumeric(char c) {
        return c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A';
    }

    private static boolean isSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F';
    }

    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || c >= '\u200B' && c <= '\u200D' || c == '\u2060'
                || c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F;
    }
}
