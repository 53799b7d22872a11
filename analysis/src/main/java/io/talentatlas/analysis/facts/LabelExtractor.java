package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.text.CharSet;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.regex.Matcher;

/**
 * The words that name what a number counts, as written: the noun phrase before the number (人才总量达到49.7万人 →
 * 人才总量), or after it when nothing names it before (引进319名人才 → 人才, 最高15万元的购房补贴 → 购房补贴).
 */
final class LabelExtractor {

    private static final int MAX_LENGTH = 30;
    private static final int MIN_LENGTH = 2;
    private static final CharSet RIGHT_END = CharSet.of("，,；;。：:、（(");

    // Looked up once: every number's label goes through both.
    private final GatedPattern lead;
    private final GatedPattern trail;

    LabelExtractor(FactGrammar grammar) {
        this.lead = grammar.gated("label_lead");
        this.trail = grammar.gated("label_trail");
    }

    String label(NumberContext context, boolean preferRight) {
        String before = trim(lastListItem(context.left()));
        String after = rightPhrase(context.right());
        if (preferRight && after.length() >= MIN_LENGTH || before.length() < MIN_LENGTH) {
            return after.isEmpty() ? before : after;
        }
        return before;
    }

    private String trim(String text) {
        String trimmed = withoutFirstMatch(lead, text);
        trimmed = withoutFirstMatch(trail, trimmed);
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(trimmed.length() - MAX_LENGTH) : trimmed;
    }

    /** {@code text} without the first match of the pattern: what {@code replaceFirst("")} gives, found faster. */
    private static String withoutFirstMatch(GatedPattern pattern, String text) {
        Matcher match = pattern.scanMatcher(text);
        if (!pattern.nextMatch(match, text, 0)) {
            return text;
        }
        // The lead rule matches at the start and the trail rule at the end: then one cut does, without a join.
        if (match.start() == 0) {
            return text.substring(match.end());
        }
        if (match.end() == text.length()) {
            return text.substring(0, match.start());
        }
        return text.substring(0, match.start()) + text.substring(match.end());
    }

    /** 国家级人才11人、领军人才 → 领军人才: the words after the last enumeration comma, when they say something. */
    private static String lastListItem(String left) {
        int comma = left.lastIndexOf('、');
        return comma >= 0 && left.length() - comma > MIN_LENGTH ? left.substring(comma + 1) : left;
    }

    private static String rightPhrase(String right) {
        // One cut: the leading 的 is skipped by index rather than cut off first.
        int start = right.startsWith("的") ? 1 : 0;
        int end = start;
        while (end < right.length() && !RIGHT_END.contains(right.charAt(end))) {
            end++;
        }
        return right.substring(start, end).strip();
    }
}
