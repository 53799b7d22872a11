package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.text.GatedPattern;
import java.util.regex.Matcher;

/**
 * Tells plans and goals (目标, 计划, 力争, 将, 预计) from achievements. The words count anywhere in the number's clause
 * (引进各类人才4000人的全年工作目标), except inside a quoted name (“万人计划”等国家级人才11人 is an achievement).
 */
final class TargetDetector {

    private final FactGrammar grammar;

    TargetDetector(FactGrammar grammar) {
        this.grammar = grammar;
    }

    boolean isTarget(String body, Segment clause, QuoteMap quotes) {
        GatedPattern target = grammar.gated("target");
        if (!target.mayMatch(body, clause.start(), clause.end())) {
            return false;
        }
        // The clause's own text sees what a matcher bounded to the clause sees, and can be scanned only where a
        // target word starts.
        String words = clause.text(body);
        Matcher matcher = target.scanMatcher(words);
        for (int from = 0; target.nextMatch(matcher, words, from); from = GatedPattern.after(matcher)) {
            int at = clause.start() + matcher.start();
            if (!quotes.inName(at) && !namedProgramme(body, at)) {
                return true;
            }
        }
        return false;
    }

    /** “草原英才”计划, 《…行动计划》: 计划 right after a closing quote is part of a programme's name. */
    private static boolean namedProgramme(String body, int at) {
        return at > 0 && "”’》」".indexOf(body.charAt(at - 1)) >= 0;
    }
}
