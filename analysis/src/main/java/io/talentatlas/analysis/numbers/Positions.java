package io.talentatlas.analysis.numbers;

import java.util.Arrays;

/**
 * Positions of a text noted in increasing order, such as those where a number may start ({@link NormalizedText}
 * notes them while it folds the text, so that the finder need not test every character a second time). Read by
 * index, or walked forwards with {@link #atOrAfter}: that cursor makes one instance serve one walk, never shared.
 */
final class Positions {

    private int[] positions = new int[64];
    private int count;
    private int next;

    /** Notes a position; positions are added in increasing order. */
    void add(int position) {
        if (count == positions.length) {
            positions = Arrays.copyOf(positions, count * 2);
        }
        positions[count++] = position;
    }

    int size() {
        return count;
    }

    /** The {@code index}-th noted position. */
    int get(int index) {
        return positions[index];
    }

    /** The first noted position at or after {@code from}, or -1; {@code from} must never decrease between calls. */
    int atOrAfter(int from) {
        while (next < count && positions[next] < from) {
            next++;
        }
        return next < count ? positions[next] : -1;
    }
}
