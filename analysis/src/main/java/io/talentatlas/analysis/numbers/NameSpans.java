package io.talentatlas.analysis.numbers;

import io.talentatlas.analysis.text.CharSet;

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
    private static final String SENTENCE_ENDS = "。\n！？";
    /** Every character this class reads: the spans are found from their positions alone. */
    static final String MARKS = OPENERS + CLOSERS + SENTENCE_ENDS;
    private static final CharSet MARK_SET = CharSet.of(MARKS);

    private final boolean[] inside;

    private NameSpans(boolean[] inside) {
        this.inside = inside;
    }

    static NameSpans of(String text) {
        Positions marks = new Positions();
        for (int i = 0; i < text.length(); i++) {
            if (isMark(text.charAt(i))) {
                marks.add(i);
            }
        }
        return of(text, marks);
    }

    /**
     * The spans of {@code text} found from {@code marks}, the positions of all its {@link #MARKS} in order. The
     * finder gets them from NormalizedText, which notes them while it folds the text: a walk over a few hundred
     * positions instead of searches through the whole text for each kind of opener and closer.
     */
    static NameSpans of(String text, Positions marks) {
        boolean[] inside = new boolean[text.length()];
        for (int m = 0; m < marks.size(); m++) {
            int open = marks.get(m);
            int kind = OPENERS.indexOf(text.charAt(open));
            if (kind < 0) {
                continue;
            }
            int limit = kind == 0 || kind == 4 ? MAX_TITLE : MAX_QUOTED_NAME;
            int closing = closingMark(text, marks, m, CLOSERS.charAt(kind), open + limit + 1);
            if (closing > m) {
                int close = marks.get(closing);
                for (int k = open + 1; k < close; k++) {
                    inside[k] = true;
                }
                m = closing;
            }
        }
        return new NameSpans(inside);
    }

    /**
     * The index in {@code marks} of the first {@code closer} after mark {@code opener}, when it stands before
     * {@code limit} with no sentence end between; else -1.
     */
    private static int closingMark(String text, Positions marks, int opener, char closer, int limit) {
        for (int n = opener + 1; n < marks.size() && marks.get(n) <= limit; n++) {
            char c = text.charAt(marks.get(n));
            if (c == closer) {
                return n;
            }
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** True for a character of {@link #MARKS}. */
    static boolean isMark(char c) {
        return MARK_SET.contains(c);
    }

    boolean isInside(int index) {
        return index >= 0 && index < inside.length && inside[index];
    }
}
