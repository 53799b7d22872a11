package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.analysis.text.CharPresence;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.Map;

/**
 * One line of the metric lexicon: which counter words a metric accepts, the words that name it, the words that veto
 * it, and what the sentence must talk about.
 *
 * @param metric    the catalogue metric
 * @param units     fact unit for each accepted counter word (magnitude stripped: 人, 元, %, 元/月 …)
 * @param triggers  words naming what is counted; searched around the number
 * @param negatives words that veto the metric when they occur around the number, or null
 * @param requires  words that must occur in the paragraph, or null
 * @param priority  line number in the lexicon; the lower wins a tie
 */
public record MetricRule(
        Metric metric,
        Map<String, Unit> units,
        GatedPattern triggers,
        GatedPattern negatives,
        GatedPattern requires,
        int priority) {

    public MetricRule {
        units = Map.copyOf(units);
    }

    /** Whether the negatives veto this metric in the given context, {@code presence} holding its characters or null. */
    boolean vetoedBy(CharSequence context, CharPresence presence) {
        return negatives != null && negatives.find(context, presence);
    }

    /** Whether the paragraph talks about what this metric requires, {@code presence} being its characters. */
    boolean allowedIn(CharSequence paragraph, CharPresence presence) {
        return requires == null || requires.find(paragraph, presence);
    }
}
