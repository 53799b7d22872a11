package io.talentatlas.analysis.numbers;

import java.util.Arrays;

/**
 * The positions of a normalized text where a number may start ({@link CharTable#mayStartNumber}), noted while
 * {@link NormalizedText} folds the text: the finder walks them instead of testing every character a second time.
 * A forward cursor over the positions, so one instance serves one walk and is never shared.
 */
final class NumberStarts {

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

    /** The first noted position at or after {@code from}, or -1; {@code from} must never decrease between calls. */
    int atOrAfter(int from) {
        while (next < count && positions[next] < from) {
            next++;
        }
        return next < count ? positions[next] : -1;
    }
}
