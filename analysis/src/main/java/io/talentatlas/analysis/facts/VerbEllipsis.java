package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.text.GatedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * 全省引进人才12万人，其中长春市引进1.1万人: a number right after a verb whose object is left out counts what the same
 * verb counted earlier in the sentence, in the same unit; so does a running total with no noun (新建成院士专家工作站15家，
 * 累计达到112家). Turns such {@code other} facts into that metric.
 */
final class VerbEllipsis {

    private final GatedPattern verbBeforeNumber;
    private final GatedPattern runningTotal;

    VerbEllipsis(FactGrammar grammar) {
        this.verbBeforeNumber = GatedPattern.compile("(" + grammar.get("lead_verb").pattern() + ")[了共约近]?$");
        this.runningTotal = grammar.gated("running_total_before");
    }

    List<Fact> apply(String body, TextLayout layout, List<Fact> facts) {
        List<Fact> result = new ArrayList<>(facts);
        for (int i = 0; i < result.size(); i++) {
            Fact fact = result.get(i);
            if (!Metric.OTHER.equals(fact.metric())) {
                continue;
            }
            Segment sentence = layout.sentenceAt(fact.spanStart());
            String before = body.substring(layout.clauseAt(fact.spanStart()).start(), fact.spanStart());
            Matcher verb = verbBeforeNumber.scanMatcher(before);
            Fact antecedent = null;
            if (verbBeforeNumber.mayMatch(before) && verbBeforeNumber.nextMatch(verb, before, 0)) {
                antecedent = antecedent(result, i, sentence, fact, verb.group(1));
            } else if (runningTotal.find(before)) {
                antecedent = antecedent(result, i, sentence, fact, "");
            }
            if (antecedent != null) {
                result.set(i, withMetric(fact, antecedent.metric()));
            }
        }
        return result;
    }

    private static Fact antecedent(List<Fact> facts, int index, Segment sentence, Fact fact, String verb) {
        for (int k = index - 1; k >= 0 && facts.get(k).spanStart() >= sentence.start(); k--) {
            Fact earlier = facts.get(k);
            if (!Metric.OTHER.equals(earlier.metric()) && earlier.unit() == fact.unit()
                    && earlier.evidence().contains(verb)) {
                return earlier;
            }
        }
        return null;
    }

    private static Fact withMetric(Fact fact, String metric) {
        return new Fact(fact.region(), fact.scope(), metric, fact.value(), fact.valueMin(), fact.unit(),
                fact.qualifier(), fact.period(), fact.target(), fact.label(), fact.evidence(), fact.spanStart(),
                fact.spanEnd());
    }
}
