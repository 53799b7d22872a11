package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.numbers.Unit;
import io.talentatlas.analysis.text.CharPresence;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Picks the catalogue metric of a number from the words around it: among the lexicon rules whose counter word,
 * sentence requirement and negatives allow it, the one whose trigger words are nearest the number wins; ties go to
 * the more specific rule (earlier in the lexicon).
 */
final class MetricClassifier {

    /** Trigger words after the number count only when they follow it closely (引进319名人才, 3支“头雁”团队). */
    private static final int MAX_RIGHT_DISTANCE = 12;
    /** In 最高15万元的购房补贴 the noun after 的 names the number, so it beats words further left. */
    private static final int LEFT_PENALTY_AFTER_DE = 100;

    /** Negative words veto a metric only close to the number, not anywhere in a long clause. */
    private static final int NEGATIVE_BEFORE = 20;
    private static final int NEGATIVE_AFTER = 12;

    private final MetricLexicon lexicon;
    private final GatedPattern listCloser;

    MetricClassifier(MetricLexicon lexicon, FactGrammar grammar) {
        this.lexicon = lexicon;
        this.listCloser = grammar.gated("list_closer");
    }

    /** {@code chars} holds the characters of the number's sentence (a superset of the context's), or is null. */
    Optional<Classification> classify(NumberContext context, List<String> counters, Paragraph paragraph,
            CharPresence chars) {
        Classification best = null;
        String text = context.text();
        String near = text.substring(Math.max(0, context.mark() - NEGATIVE_BEFORE),
                Math.min(text.length(), context.mark() + NEGATIVE_AFTER));
        int lastCloser = lastListCloser(text, context.mark());
        boolean deFollows = context.right().startsWith("的");
        Unit[] units = lexicon.unitsFor(counters);
        List<MetricRule> rules = lexicon.rules();
        for (int i = 0; i < rules.size(); i++) {
            MetricRule rule = rules.get(i);
            Unit unit = units[i];
            // A rule none of whose trigger words the sentence holds is passed over before its paragraph and
            // negative words are even asked about.
            if (unit == null || !rule.triggers().mayOccurIn(chars) || !paragraph.allows(i)
                    || rule.vetoedBy(near, chars)) {
                continue;
            }
            // Every rule reads the same texts: the sentence's characters let most gates say no at once.
            int distance = nearestTrigger(rule.triggers(), text, chars, context.mark(), lastCloser, deFollows);
            if (distance < Integer.MAX_VALUE && (best == null || distance < best.distance())) {
                best = new Classification(rule, unit, distance);
                if (distance == 0) {
                    // Trigger words on the number itself: a later rule would need a smaller distance to win.
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static int nearestTrigger(GatedPattern triggers, String text, CharPresence inText, int mark,
            int lastCloser, boolean deFollows) {
        int best = Integer.MAX_VALUE;
        if (!triggers.mayMatch(text, inText)) {
            return best;
        }
        Matcher matcher = triggers.scanMatcher(text);
        for (int from = 0; triggers.nextMatch(matcher, text, from); from = GatedPattern.after(matcher)) {
            int distance = distance(matcher.start(), matcher.end(), mark);
            if (matcher.end() <= mark && matcher.end() <= lastCloser) {
                // The words sit inside an enumeration (A、B等X): its head noun X names the number, not A or B.
                continue;
            }
            if (matcher.end() <= mark && deFollows) {
                distance += LEFT_PENALTY_AFTER_DE;
            }
            if (matcher.start() > mark) {
                // Matches come in order of start: every later one starts further right still, so the first match
                // after the number is the nearest there.
                return distance > MAX_RIGHT_DISTANCE ? best : Math.min(best, distance);
            }
            best = Math.min(best, distance);
            if (best == 0) {
                return best;
            }
        }
        return best;
    }

    /** Where the last 等 before the number is, when a head noun follows it; -1 when 等 directly precedes the number. */
    private int lastListCloser(String text, int mark) {
        if (!listCloser.mayMatch(text, 0, mark)) {
            return -1;
        }
        String before = text.substring(0, mark);
        Matcher closer = listCloser.scanMatcher(before);
        int last = -1;
        for (int from = 0; listCloser.nextMatch(closer, before, from); from = GatedPattern.after(closer)) {
            last = closer.start();
        }
        return last >= 0 && last + 1 < mark ? last : -1;
    }

    /**
     * Which rules a paragraph allows ({@link MetricRule#allowedIn}), each found the first time a number of the
     * paragraph asks and kept for the others. Not thread-safe: one extraction's own.
     */
    static final class Paragraph {

        private static final byte UNKNOWN = 0;
        private static final byte ALLOWED = 1;
        private static final byte BARRED = 2;

        private final String text;
        private final List<MetricRule> rules;
        private final byte[] answers;
        private CharPresence presence;

        Paragraph(String text, List<MetricRule> rules) {
            this.text = text;
            this.rules = rules;
            this.answers = new byte[rules.size()];
        }

        boolean allows(int rule) {
            if (answers[rule] == UNKNOWN) {
                if (presence == null && rules.get(rule).requires() != null) {
                    presence = CharPresence.of(text);
                }
                answers[rule] = rules.get(rule).allowedIn(text, presence) ? ALLOWED : BARRED;
            }
            return answers[rule] == ALLOWED;
        }
    }

    /** The rules of the lexicon, in order: {@link Paragraph#allows} is asked by their index. */
    List<MetricRule> rules() {
        return lexicon.rules();
    }

    private static int distance(int start, int end, int mark) {
        if (end <= mark) {
            return mark - end;
        }
        return start > mark ? start - mark - 1 : 0;
    }
}
