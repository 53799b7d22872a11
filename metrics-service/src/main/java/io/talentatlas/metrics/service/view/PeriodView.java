package io.talentatlas.metrics.service.view;

/**
 * The time a fact covers, as in facts.md.
 *
 * @param kind  as_of, span, annual or unknown
 * @param from  first year covered, or null
 * @param to    last year covered, or null
 * @param label the time words as written, or null
 */
public record PeriodView(String kind, Integer from, Integer to, String label) {

    /** True when two periods cover the same years in the same way (labels may differ). */
    public boolean sameCoverage(PeriodView other) {
        return kind.equals(other.kind) && java.util.Objects.equals(from, other.from)
                && java.util.Objects.equals(to, other.to);
    }
}
