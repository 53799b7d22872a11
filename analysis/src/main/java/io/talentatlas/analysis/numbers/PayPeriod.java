package io.talentatlas.analysis.numbers;

/**
 * Decides whether an amount of yuan is per month, per year or a lump sum, from the words around it in its clause:
 * {@code 每月}, {@code 月薪}, {@code 3000元/月} mean per month; {@code 每年}, {@code 年薪}, {@code 元/年} per year.
 */
final class PayPeriod {

    private static final String[] MONTHLY_BEFORE = {"每月", "每个月", "月薪", "月均", "按月", "月补", "每人每月"};
    private static final String[] YEARLY_BEFORE = {"每年", "年薪", "按年", "每人每年", "年均"};
    private static final String[] MONTHLY_AFTER = {"/月", "/人/月", "/人·月", "每月", "/每月"};
    private static final String[] YEARLY_AFTER = {"/年", "/人/年", "/人·年", "每年", "/每年"};
    private static final String CLAUSE_BREAKS = "，。；！？,;!?\n、：:";
    private static final int WINDOW = 10;

    private PayPeriod() {
    }

    /** The unit for the yuan amount {@code m}; moves its end past a {@code /月} or {@code /年} tail. */
    static Unit of(String text, Mention m) {
        for (String tail : MONTHLY_AFTER) {
            if (text.startsWith(tail, m.end)) {
                m.end += tail.length();
                return Unit.CNY_PER_MONTH;
            }
        }
        for (String tail : YEARLY_AFTER) {
            if (text.startsWith(tail, m.end)) {
                m.end += tail.length();
                return Unit.CNY_PER_YEAR;
            }
        }
        String before = clauseBefore(text, m.numeralStart);
        if (containsAny(before, MONTHLY_BEFORE)) {
            return Unit.CNY_PER_MONTH;
        }
        return containsAny(before, YEARLY_BEFORE) ? Unit.CNY_PER_YEAR : Unit.CNY;
    }

    private static String clauseBefore(String text, int end) {
        int start = end;
        while (start > 0 && end - start < WINDOW && CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start, end);
    }

    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
