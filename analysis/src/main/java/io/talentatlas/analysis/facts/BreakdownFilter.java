package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.text.GatedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Drops 其中 breakdowns: a figure after 其中 in the same sentence as a total of the same catalogue metric and region
 * (新增技能人才1.1万人，其中高级工2726人) would give the region two competing values for one statement.
 */
final class BreakdownFilter {

    private final FactGrammar grammar;

    BreakdownFilter(FactGrammar grammar) {
        this.grammar = grammar;
    }

    List<Fact> apply(String body, TextLayout layout, List<Fact> facts) {
        List<Fact> kept = new ArrayList<>();
        for (Fact fact : facts) {
            if (!isBreakdown(body, layout, fact, facts)) {
                kept.add(fact);
            }
        }
        return kept;
    }

    private boolean isBreakdown(String body, TextLayout layout, Fact fact, List<Fact> facts) {
        if (Metric.OTHER.equals(fact.metric())) {
            return false;
        }
        Segment sentence = layout.sentenceAt(fact.spanStart());
        GatedPattern breakdown = grammar.gated("breakdown");
        if (!breakdown.mayMatch(body, sentence.start(), fact.spanStart())) {
            return false;
        }
        Matcher marker = breakdown.matcher(body);
        marker.region(sentence.start(), fact.spanStart());
        if (!marker.find()) {
            return false;
        }
        int breakdownAt = marker.start();
        return facts.stream().anyMatch(total -> total.metric().equals(fact.metric())
                && Objects.equals(total.region(), fact.region())
                && total.spanStart() >= sentence.start() && total.spanStart() < breakdownAt);
    }
}
