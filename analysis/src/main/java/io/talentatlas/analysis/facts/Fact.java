package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Qualifier;
import io.talentatlas.analysis.numbers.Unit;
import java.math.BigDecimal;

/**
 * One talent-work number from an article, normalized and tied to a region, a metric and its evidence (facts.md).
 *
 * @param region    GB/T 2260 code of the most specific region the number is about
 * @param scope     the named part of the region (development zone, hub), null for the whole region
 * @param metric    a catalogue key (see {@link Metric}) or {@code other}
 * @param value     the number in base units; for a range, the upper bound
 * @param valueMin  the lower bound of a range, else null
 * @param unit      the unit
 * @param qualifier exact, at_least, approx or up_to
 * @param period    the time covered
 * @param target    true for a plan or goal, false for an achievement
 * @param label     the words that name what is counted, as written
 * @param evidence  the sentence or clause the fact comes from, exactly as in the cleaned body
 * @param spanStart offset of the number in the cleaned body
 * @param spanEnd   offset after the number in the cleaned body
 */
public record Fact(
        String region,
        String scope,
        String metric,
        BigDecimal value,
        BigDecimal valueMin,
        Unit unit,
        Qualifier qualifier,
        Period period,
        boolean target,
        String label,
        String evidence,
        int spanStart,
        int spanEnd) {
}
