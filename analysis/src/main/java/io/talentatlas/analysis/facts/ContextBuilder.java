package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Quantity;
import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.analysis.text.CharSet;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Cuts the words around each number out of its clause. Numbers listed side by side (5万元、3万元一次性补助, 6521笔、11.52亿元)
 * share the words before the first and after the last; a verbless clause (长江学者和杰青15名) borrows the verb of an
 * earlier clause of the same sentence (累计引进…院士30名).
 */
final class ContextBuilder {

    private static final int MAX_LEFT = 60;
    private static final int MAX_RIGHT = 20;
    /** The words that join list-mates (besides nothing at all), each one character. */
    private static final String LIST_JOINERS = "、和及或与";

    /** The characters a numeral can start with; a set, not a regex: it is asked for every number. */
    private static final CharSet NUMERAL = CharSet.of("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿");

    private static final Set<Unit> MONEY = Set.of(Unit.CNY, Unit.CNY_PER_MONTH, Unit.CNY_PER_YEAR);

    private final GatedPattern verb;
    private final GatedPattern leadVerb;

    ContextBuilder(FactGrammar grammar) {
        this.verb = grammar.gated("verb");
        this.leadVerb = grammar.gated("lead_verb");
    }

    NumberContext build(String body, TextLayout layout, List<Quantity> all, int index) {
        Quantity quantity = all.get(index);
        Segment clause = layout.clauseAt(quantity.start());
        Segment sentence = layout.sentenceAt(quantity.start());
        int leftStart = leftStart(body, clause, all, index);
        // The words before the digits include a leading hedge (最高, 突破) or the end of a word it was cut from (签约).
        String left = body.substring(leftStart, numeralStart(quantity));
        String right = right(body, clause, all, index);
        String clauseBefore = body.substring(clause.start(), quantity.start());
        String inherited = verb.find(clauseBefore) ? "" : inheritedVerb(body, layout, sentence, clause);
        return new NumberContext(quantity, clause, sentence, layout.paragraphAt(quantity.start()), leftStart, left,
                right, inherited, clauseBefore);
    }

    /** Where the numeral itself starts inside the quantity's text, after any leading hedge. */
    static int numeralStart(Quantity quantity) {
        String text = quantity.text();
        for (int i = 0; i < text.length(); i++) {
            if (NUMERAL.contains(text.charAt(i))) {
                return quantity.start() + i;
            }
        }
        return quantity.start();
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
        // Only up to the first enumeration comma, looked for within the words (not to the end of the body).
        for (int i = from; i < to; i++) {
            if (body.charAt(i) == '、') {
                to = i;
                break;
            }
        }
        return body.substring(from, Math.max(from, to));
    }

    /** Two numbers are list-mates when only a joiner separates them inside one clause. */
    private static boolean isListMate(String body, Quantity before, Quantity after, Segment clause) {
        if (before.end() > after.start() || !clause.contains(before.start()) || !clause.contains(after.start())) {
            return false;
        }
        int from = before.end();
        int to = after.start();
        while (from < to && Character.isWhitespace(body.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        // What is left of the gap without its white space (String.strip's) is nothing or one joiner character.
        return from == to || to - from == 1 && LIST_JOINERS.indexOf(body.charAt(from)) >= 0;
    }

    /** 每年1.5万元、1万元: money stays money whether or not the numbers layer read a rate into the first. */
    private static boolean sameCounter(Quantity a, Quantity b) {
        return a.unit() == b.unit() || (MONEY.contains(a.unit()) && MONEY.contains(b.unit()));
    }

    /** The last lead verb of the nearest earlier clause of the sentence that has one. */
    private String inheritedVerb(String body, TextLayout layout, Segment sentence, Segment clause) {
        List<Segment> earlier = layout.clausesOf(sentence);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).end() > clause.start()) {
                continue;
            }
            if (!leadVerb.mayMatch(body, earlier.get(i).start(), earlier.get(i).end())) {
                continue;
            }
            String words = earlier.get(i).text(body);
            Matcher lead = leadVerb.scanMatcher(words);
            String verb = "";
            for (int from = 0; leadVerb.nextMatch(lead, words, from); from = GatedPattern.after(lead)) {
                verb = lead.group();
            }
            if (!verb.isEmpty()) {
                return verb;
            }
        }
        return "";
    }
}
