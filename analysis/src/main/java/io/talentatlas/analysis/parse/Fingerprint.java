package io.talentatlas.analysis.parse;

/**
 * A 64-bit SimHash of an article body over overlapping three-character shingles, so that the same story reposted
 * with a little different chrome, a changed byline or a fixed typo gets a fingerprint a few bits away from the
 * first copy's, while different stories land about 32 bits apart. Whitespace is ignored: reflowed text is the same
 * text. Compare fingerprints with {@link NearDuplicates}.
 */
public final class Fingerprint {

    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Fingerprint() {
    }

    /** The SimHash of {@code body}; 0 for a body of fewer than three non-space characters. */
    public static long of(String body) {
        String text = body.replaceAll("\\s+", "");
        int[] weights = new int[Long.SIZE];
        for (int i = 0; i + SHINGLE <= text.length(); i++) {
            long hash = mix(fnv(text, i, i + SHINGLE));
            for (int bit = 0; bit < Long.SIZE; bit++) {
                weights[bit] += (hash >>> bit & 1L) == 1L ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    private static long fnv(String text, int from, int to) {
        long hash = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    /** SplitMix64's finalizer: FNV's low bits are weak for short inputs, and SimHash needs all 64 to be fair. */
    private static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
