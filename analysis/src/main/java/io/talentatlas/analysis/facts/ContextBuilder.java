package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Quantity;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Cuts the words around each number out of its clause. Numbers listed side by side (5万元、3万元一次性补助, 6521笔、11.52亿元)
 * share the words before the first and after the last; a verbless clause (长江学者和杰青15名) borrows the verb of an
 * earlier clause of the same sentence (累计引进…院士30名).
 */
final class ContextBuilder {

    private static final int MAX_LEFT = 40;
    private static final int MAX_RIGHT = 20;
    private static final Set<String> LIST_JOINERS = Set.of("", "、", "和", "及", "或", "与");

    private final FactGrammar grammar;

    ContextBuilder(FactGrammar grammar) {
        this.grammar = grammar;
    }

    NumberContext build(String body, TextLayout layout, List<Quantity> all, int index) {
        Quantity quantity = all.get(index);
        Segment clause = layout.clauseAt(quantity.start());
        Segment sentence = layout.sentenceAt(quantity.start());
        int leftStart = leftStart(body, clause, all, index);
        String left = body.substring(leftStart, quantity.start());
        String right = right(body, clause, all, index);
        String verb = grammar.found("verb", body.substring(clause.start(), quantity.start()))
                ? "" : inheritedVerb(body, layout, sentence, clause);
        return new NumberContext(quantity, clause, sentence, layout.paragraphAt(quantity.start()), leftStart, left,
                right, verb);
    }

    private int leftStart(String body, Segment clause, List<Quantity> all, int index) {
        int first = index;
        while (first > 0 && isListMate(body, all.get(first - 1), all.get(first), clause)) {
            first--;
        }
        return Math.max(clause.start(), all.get(first).start() - MAX_LEFT);
    }

    private String right(String body, Segment clause, List<Quantity> all, int index) {
        int last = index;
        while (last + 1 < all.size() && isListMate(body, all.get(last), all.get(last + 1), clause)
                && sameCounter(all.get(last), all.get(last + 1))) {
            last++;
        }
        int from = all.get(last).end();
        int to = Math.min(clause.end(), from + MAX_RIGHT);
        if (last + 1 < all.size()) {
            to = Math.min(to, Math.max(from, all.get(last + 1).start()));
        }
        int comma = body.indexOf('、', from);
        if (comma >= 0 && comma < to) {
            to = comma;
        }
        return body.substring(from, Math.max(from, to));
    }

    /** Two numbers are list-mates when only a joiner separates them inside one clause. */
    private static boolean isListMate(String body, Quantity before, Quantity after, Segment clause) {
        if (before.end() > after.start() || !clause.contains(before.start()) || !clause.contains(after.start())) {
            return false;
        }
        return LIST_JOINERS.contains(body.substring(before.end(), after.start()).strip());
    }

    private static boolean sameCounter(Quantity a, Quantity b) {
        return a.unit() == b.unit();
    }

    private String inheritedVerb(String body, TextLayout layout, Segment sentence, Segment clause) {
        List<Segment> clauses = layout.clausesOf(sentence);
        for (Segment earlier : clauses) {
            if (earlier.start() >= clause.start()) {
                break;
            }
            Matcher lead = grammar.get("lead_verb").matcher(earlier.text(body));
            if (lead.find()) {
                return lead.group();
            }
        }
        return "";
    }
}
