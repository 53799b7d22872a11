package io.talentatlas.analysis.numbers;

import io.talentatlas.analysis.text.CharSet;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Decides whether an amount of yuan is per month, per year or a lump sum, from the words around it in its clause:
 * {@code 每月}, {@code 月薪}, {@code 3000元/月} mean per month; {@code 每年}, {@code 年薪}, {@code 元/年} per year.
 */
final class PayPeriod {

    private static final String[] MONTHLY_BEFORE = {"每月", "每个月", "月薪", "月均", "按月", "月补", "每人每月"};
    private static final String[] YEARLY_BEFORE = {"每年", "年薪", "按年", "每人每年", "年均"};
    private static final String[] MONTHLY_AFTER = {"/月", "/人/月", "/人·月", "每月", "/每月"};
    private static final String[] YEARLY_AFTER = {"/年", "/人/年", "/人·年", "每年", "/每年"};
    private static final CharSet CLAUSE_BREAKS = CharSet.of("，。；！？,;!?\n、：:");
    /** The first characters of the words before the amount: only where one stands can a word start. */
    private static final CharSet BEFORE_STARTS = CharSet.of(Stream.concat(Arrays.stream(MONTHLY_BEFORE),
            Arrays.stream(YEARLY_BEFORE)).map(word -> word.charAt(0)).toList());
    private static final int WINDOW = 10;

    private PayPeriod() {
    }

    /** The unit for the yuan amount {@code m}; moves its end past a {@code /月} or {@code /年} tail. */
    static Unit of(String text, Mention m) {
        for (String tail : MONTHLY_AFTER) {
            if (startsWith(text, tail, m.end)) {
                m.end += tail.length();
                return Unit.CNY_PER_MONTH;
            }
        }
        for (String tail : YEARLY_AFTER) {
            if (startsWith(text, tail, m.end)) {
                m.end += tail.length();
                return Unit.CNY_PER_YEAR;
            }
        }
        return periodBefore(text, clauseStart(text, m.numeralStart), m.numeralStart);
    }

    /**
     * Per month when a monthly word stands in {@code text[start, end)}, else per year when a yearly one does. One
     * pass that tries the words only where one of their first characters stands, instead of every word everywhere.
     */
    private static Unit periodBefore(String text, int start, int end) {
        boolean yearly = false;
        for (int i = start; i < end; i++) {
            if (!BEFORE_STARTS.contains(text.charAt(i))) {
                continue;
            }
            if (startsWithin(text, i, end, MONTHLY_BEFORE)) {
                return Unit.CNY_PER_MONTH;
            }
            yearly |= startsWithin(text, i, end, YEARLY_BEFORE);
        }
        return yearly ? Unit.CNY_PER_YEAR : Unit.CNY;
    }

    private static int clauseStart(String text, int end) {
        int start = end;
        while (start > 0 && end - start < WINDOW && !CLAUSE_BREAKS.contains(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** True when one of {@code words} starts at {@code index} and ends by {@code end}. */
    private static boolean startsWithin(String text, int index, int end, String[] words) {
        for (String word : words) {
            if (index + word.length() <= end && text.startsWith(word, index)) {
                return true;
            }
        }
        return false;
    }

    /**
     * String.startsWith with the first character compared first: nearly every lookup here fails on it, and the
     * comparison is cheaper than startsWith's own set-up.
     */
    private static boolean startsWith(String text, String word, int index) {
        return index < text.length() && text.charAt(index) == word.charAt(0) && text.startsWith(word, index);
    }
}
