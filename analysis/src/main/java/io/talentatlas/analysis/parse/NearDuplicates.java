package io.talentatlas.analysis.parse;

/**
 * Tells whether two {@link Fingerprint}s belong to the same story: their Hamming distance is at most the threshold.
 * Services use it to link a repost to the first copy ({@code ArticleParsed.duplicateOf}).
 */
public final class NearDuplicates {

    /**
     * Measured on the seeds: a repost with a paragraph dropped and foreign chrome added is 1–8 bits away, different
     * articles on the same subject 23–32 bits; 10 sits in the gap.
     */
    public static final int DEFAULT_MAX_DISTANCE = 10;

    private final int maxDistance;

    /** A detector with {@link #DEFAULT_MAX_DISTANCE}. */
    public NearDuplicates() {
        this(DEFAULT_MAX_DISTANCE);
    }

    /** A detector that calls fingerprints at most {@code maxDistance} bits apart near. */
    public NearDuplicates(int maxDistance) {
        if (maxDistance < 0 || maxDistance > Long.SIZE) {
            throw new IllegalArgumentException("maxDistance must be within 0..64: " + maxDistance);
        }
        this.maxDistance = maxDistance;
    }

    /** True when {@code a} and {@code b} are fingerprints of the same story. */
    public boolean near(long a, long b) {
        return distance(a, b) <= maxDistance;
    }

    /** The number of bits in which {@code a} and {@code b} differ. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
