package io.talentatlas.metrics.service;

import java.util.Comparator;

/**
 * Orders extractor versions such as {@code 1.2.0} or {@code 2026.11.24-3}: numeric parts compare as numbers,
 * other parts as text, so {@code 1.10} is newer than {@code 1.9}. Used to decide whether a delivery's facts
 * replace the stored ones: during a rolling upgrade an old replica may still deliver older extractions.
 */
public final class ExtractorVersions {

    /** Compares two versions; a negative result means the first is older. */
    public static final Comparator<String> ORDER = ExtractorVersions::compare;

    private ExtractorVersions() {
    }

    /** True when {@code candidate} is strictly newer than {@code stored}. */
    public static boolean isNewer(String candidate, String stored) {
        return compare(candidate, stored) > 0;
    }

    private static int compare(String left, String right) {
        String[] leftParts = left.split("[.\\-+_]");
        String[] rightParts = right.split("[.\\-+_]");
        for (int i = 0; i < Math.max(leftParts.length, rightParts.length); i++) {
            String leftPart = i < leftParts.length ? leftParts[i] : "0";
            String rightPart = i < rightParts.length ? rightParts[i] : "0";
            int order = comparePart(leftPart, rightPart);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static int comparePart(String left, String right) {
        boolean numeric = left.matches("\\d{1,18}") && right.matches("\\d{1,18}");
        return numeric ? Long.compare(Long.parseLong(left), Long.parseLong(right)) : left.compareTo(right);
    }
}
