package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.analysis.text.CharPresence;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The fact unit for the first counter candidate this metric accepts, in the caller's order of preference. */
    public Optional<Unit> unitFor(List<String> counterCandidates) {
        for (String candidate : counterCandidates) {
            Unit unit = units.get(candidate);
            if (unit != null) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** Whether the negatives veto this metric in the given context. */
    public boolean vetoedBy(CharSequence context) {
        return negatives != null && negatives.find(context);
    }

    /** As {@link #vetoedBy(CharSequence)}, with the context's characters known. */
    boolean vetoedBy(CharSequence context, CharPresence presence) {
        return negatives != null && negatives.find(context, presence);
    }

    /** Whether the paragraph talks about what this metric requires. */
    public boolean allowedIn(CharSequence paragraph) {
        return requires == null || requires.find(paragraph);
    }

    /** As {@link #allowedIn(CharSequence)}, with the paragraph's characters known. */
    boolean allowedIn(CharSequence paragraph, CharPresence presence) {
        return requires == null || requires.find(paragraph, presence);
    }
}
