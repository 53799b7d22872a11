package io.talentatlas.analysis.parse;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lines of a normalized text (line breaks are {@code \n} only), the same as {@code text.lines().toList()}, kept
 * as ranges of the text: a line is copied out only when asked for as a string, and {@link #cleaned} makes a block's
 * text straight from its range, so that a line costs one copy instead of two.
 */
final class TextLines extends AbstractList<String> implements RandomAccess {

    private final String text;
    /** Start and end of line i at 2i and 2i + 1. */
    private final int[] bounds;
    private final int size;

    private TextLines(String text, int[] bounds, int size) {
        this.text = text;
        this.bounds = bounds;
        this.size = size;
    }

    /** The lines of {@code normalized}, which {@link TextNormalizer#normalize} leaves as it is. */
    static TextLines of(String normalized) {
        // Sized for lines of 32 chars, a short paragraph, so that few articles make it grow.
        int[] bounds = new int[Math.max(16, normalized.length() / 16)];
        int size = 0;
        int start = 0;
        while (start < normalized.length()) {
            int end = normalized.indexOf('\n', start);
            end = end < 0 ? normalized.length() : end;
            if (2 * size + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * bounds.length);
            }
            bounds[2 * size] = start;
            bounds[2 * size + 1] = end;
            size++;
            start = end + 1;
        }
        return new TextLines(normalized, bounds, size);
    }

    @Override
    public String get(int index) {
        checkIndex(index);
        return text.substring(bounds[2 * index], bounds[2 * index + 1]);
    }

    /** Line {@code index} as {@link TextNormalizer#cleanLine} leaves it. */
    String cleaned(int index) {
        checkIndex(index);
        return TextNormalizer.cleanNormalized(text, bounds[2 * index], bounds[2 * index + 1]);
    }

    @Override
    public int size() {
        return size;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("line " + index + " of " + size);
        }
    }
}
