package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.text.CharPresence;
import io.talentatlas.analysis.text.GatedPattern;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * Resolves the time words of a fact's sentence against the publication year (facts.md "period"): 今年, 去年, 2023年 →
 * that year; 近三年 → the three complete years before publication; 三年来 → the last three years up to publication;
 * 2021年以来 → 2021 to publication; 截至目前, 累计, 先后 → up to publication with no known start; 每年 → per year.
 * Stocks are {@code as_of} the year they are stated for; offers have no period. Without a publication date, years
 * that depend on it are null; years written in the text are kept.
 */
final class PeriodResolver {

    /** Words naming a year or a count of years beat vague ones (累计, 目前); of the vague, the sentence opener wins. */
    private static final List<String> SPECIFIC = List.of("period_since", "period_until", "period_last_n",
            "period_n_years", "period_this_year", "period_last_year", "period_year");
    private static final List<String> VAGUE = List.of("period_annual", "period_cumulative");
    private static final String DIGITS = "零一二三四五六七八九十";

    private final List<NamedPattern> specific;
    private final List<NamedPattern> vague;

    PeriodResolver(FactGrammar grammar) {
        this.specific = SPECIFIC.stream().map(rule -> new NamedPattern(rule, grammar.gated(rule))).toList();
        this.vague = VAGUE.stream().map(rule -> new NamedPattern(rule, grammar.gated(rule))).toList();
    }

    /**
     * The period from the time words nearest the number: a year or count of years in its own clause, then one in a
     * short clause before it (三年来，…), then a vague word (累计, 目前) in its own clause, then anywhere earlier in
     * the sentence.
     */
    Period resolve(String clauseWords, Supplier<String> adverbialClause, Supplier<String> sentenceBefore,
            MetricKind kind, Integer pubYear, CharPresence chars) {
        if (kind == MetricKind.OFFER) {
            return Period.UNKNOWN;
        }
        // Each text is tried against several rules: the sentence's characters (chars), which hold those of all three
        // texts, let most gates say no at once. The nearer texts are tried first, and the first word found wins.
        // The farther texts are cut only when the nearer ones hold no time word.
        TimeWord word = find(clauseWords, chars, specific, true);
        if (word == null) {
            word = find(adverbialClause.get(), chars, specific, true);
        }
        if (word == null) {
            word = find(clauseWords, chars, vague, false);
        }
        if (word == null) {
            String before = sentenceBefore.get();
            word = find(before, chars, specific, true);
            if (word == null) {
                word = find(before, chars, vague, false);
            }
        }
        return kind == MetricKind.STOCK ? asOf(word, pubYear) : flow(word, pubYear);
    }

    private Period asOf(TimeWord word, Integer pub) {
        if (word == null) {
            return new Period(PeriodKind.AS_OF, null, pub, null);
        }
        Period flow = flow(word, pub);
        Integer to = flow.to() != null || !"period_annual".equals(word.rule()) ? flow.to() : pub;
        return new Period(PeriodKind.AS_OF, null, to, word.text());
    }

    private Period flow(TimeWord word, Integer pub) {
        if (word == null) {
            return Period.UNKNOWN;
        }
        String label = word.text();
        return switch (word.rule()) {
            case "period_since" -> new Period(PeriodKind.SPAN, word.number(), pub, label);
            case "period_until" -> new Period(PeriodKind.SPAN, null, word.number(), label);
            case "period_last_n" -> new Period(PeriodKind.SPAN, minus(pub, word.number()), minus(pub, 1), label);
            case "period_n_years" -> new Period(PeriodKind.SPAN, minus(pub, word.number() - 1), pub, label);
            case "period_this_year" -> new Period(PeriodKind.ANNUAL, pub, pub, label);
            case "period_last_year" -> new Period(PeriodKind.ANNUAL, minus(pub, 1), minus(pub, 1), label);
            case "period_year" -> new Period(PeriodKind.ANNUAL, word.number(), word.number(), label);
            case "period_annual" -> new Period(PeriodKind.ANNUAL, null, null, label);
            default -> new Period(PeriodKind.SPAN, null, pub, label);
        };
    }

    /** The last (nearest) or the first (sentence-opening) time word of the given rules. */
    private static TimeWord find(String text, CharPresence presence, List<NamedPattern> rules, boolean last) {
        TimeWord best = null;
        for (NamedPattern rule : rules) {
            if (!rule.pattern().mayMatch(text, presence)) {
                continue;
            }
            Matcher matcher = rule.pattern().scanMatcher(text);
            for (int from = 0; rule.pattern().nextMatch(matcher, text, from); from = GatedPattern.after(matcher)) {
                if (best == null || (last ? matcher.start() > best.start() : matcher.start() < best.start())) {
                    best = new TimeWord(rule.name(), matcher.group(), matcher.start(), number(matcher));
                }
            }
        }
        return best;
    }

    private static Integer number(Matcher matcher) {
        if (matcher.groupCount() == 0 || matcher.group(1) == null) {
            return null;
        }
        String digits = matcher.group(1);
        if (allDigits(digits)) {
            return Integer.valueOf(digits);
        }
        // Counts of years are one or two characters: 三, 十, 两.
        return digits.equals("两") ? 2 : DIGITS.indexOf(digits.charAt(digits.length() - 1));
    }

    /** A plain loop: this runs for every time word found, and a stream costs more than the test. */
    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Integer minus(Integer year, Integer years) {
        return year == null || years == null ? null : year - years;
    }

    private record NamedPattern(String name, GatedPattern pattern) {
    }

    private record TimeWord(String rule, String text, int start, Integer number) {
    }
}
