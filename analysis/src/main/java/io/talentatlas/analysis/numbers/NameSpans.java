package io.talentatlas.analysis.numbers;

/**
 * Marks the characters inside titles ({@code 《…》}) and short quotations ({@code “1+1”}, {@code 「五链」}):
 * a number there is part of a name, not a count. Long quotations are speech and keep their numbers.
 */
final class NameSpans {

    /** Quotations longer than this many characters are taken as speech, not as a name. */
    private static final int MAX_QUOTED_NAME = 12;
    /** A title runs at most this long and never past a line or sentence end; an unclosed 《 marks nothing. */
    private static final int MAX_TITLE = 60;
    private static final String OPENERS = "《“「『〈‘";
    private static final String CLOSERS = "》”」』〉’";

    private final boolean[] inside;

    private NameSpans(boolean[] inside) {
        this.inside = inside;
    }

    static NameSpans of(String text) {
        boolean[] inside = new boolean[text.length()];
        Openers openers = new Openers(text);
        for (int i = openers.next(0); i >= 0; i = openers.next(i + 1)) {
            int kind = OPENERS.indexOf(text.charAt(i));
            int close = text.indexOf(CLOSERS.charAt(kind), i + 1);
            boolean title = kind == 0 || kind == 4;
            int limit = title ? MAX_TITLE : MAX_QUOTED_NAME;
            if (close > 0 && close - i - 1 <= limit && !crossesSentenceEnd(text, i, close)) {
                for (int k = i + 1; k < close; k++) {
                    inside[k] = true;
                }
                i = close;
            }
        }
        return new NameSpans(inside);
    }

    /**
     * Finds the openers in text order with one String.indexOf per kind of opener, which the JVM vectorises: few
     * characters of an article are openers, and testing every character in a loop was most of the cost of this class.
     */
    private static final class Openers {

        private final String text;
        /** Per kind of opener, its first position at or after the last {@code from} asked for, or -1 for none. */
        private final int[] next = new int[OPENERS.length()];

        Openers(String text) {
            this.text = text;
            for (int kind = 0; kind < next.length; kind++) {
                next[kind] = text.indexOf(OPENERS.charAt(kind));
            }
        }

        /** The position of the first opener at or after {@code from}, or -1; {@code from} must never decrease. */
        int next(int from) {
            int first = -1;
            for (int kind = 0; kind < next.length; kind++) {
                if (next[kind] >= 0 && next[kind] < from) {
                    next[kind] = text.indexOf(OPENERS.charAt(kind), from);
                }
                if (next[kind] >= 0 && (first < 0 || next[kind] < first)) {
                    first = next[kind];
                }
            }
            return first;
        }
    }

    private static boolean crossesSentenceEnd(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '。' || c == '\n' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }

    boolean isInside(int index) {
        return index >= 0 && index < inside.length && inside[index];
    }
}
