package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Unit;

/**
 * The metric chosen for a number.
 *
 * @param rule     the lexicon rule that matched
 * @param unit     the fact unit
 * @param distance how far the trigger words are from the number (0 = adjacent or spanning it)
 */
public record Classification(MetricRule rule, Unit unit, int distance) {

    /** The catalogue key. */
    public String metricKey() {
        return rule.metric().key();
    }
}
