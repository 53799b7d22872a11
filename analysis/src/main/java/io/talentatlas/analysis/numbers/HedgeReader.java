package io.talentatlas.analysis.numbers;

/**
 * Applies the hedge words around a mention ({@link Hedges}) and widens its span to cover them: a leading hedge
 * ({@code 近5.2万人} starts at 近), a trailing one ({@code 1000人以上}), the comparative {@code 比30大}, and a
 * currency sign in front ({@code ￥300}). {@code 近三年} is a period, not an approximation, and is left alone.
 */
final class HedgeReader {

    private static final String PERIOD_UNITS = "年月天日周期届";

    private HedgeReader() {
    }

    static void read(String text, Mention m) {
        readCurrencySign(text, m);
        Hedges.Match before = Hedges.before(text, m.start);
        if (before != null && !isRecentPeriod(text, m, before)) {
            m.start = before.start();
            boolean markIsSharper = m.qualifier == Qualifier.AT_LEAST && before.qualifier() == Qualifier.APPROX;
            m.qualifier = markIsSharper ? m.qualifier : before.qualifier();
        }
        Hedges.Match after = Hedges.after(text, m.end);
        if (after != null) {
            m.end = after.end();
            if (m.qualifier == Qualifier.EXACT) {
                m.qualifier = after.qualifier();
            }
        }
        readComparison(text, m);
    }

    private static void readCurrencySign(String text, Mention m) {
        char sign = m.start > 0 ? text.charAt(m.start - 1) : '\0';
        if ((sign == '￥' || sign == '¥' || sign == '$') && !m.hasUnitWord()) {
            m.start--;
            m.unitStart = m.start;
            m.unitEnd = m.start + 1;
            m.unitWord = new UnitWord(String.valueOf(sign), sign == '$' ? Unit.OTHER : Unit.CNY,
                    UnitWord.Category.CURRENCY, sign == '$' ? "USD" : "CNY");
            m.unit = m.unitWord.unit();
        }
    }

    /** 近三年, 近5年: "the last N years" names a period; the count of years is exact. */
    private static boolean isRecentPeriod(String text, Mention m, Hedges.Match before) {
        boolean near = text.startsWith("近", before.start()) && before.end() - before.start() == 1;
        return near && m.hasUnitWord() && PERIOD_UNITS.contains(m.unitWord.word().substring(0, 1))
                && !m.unitWord.word().equals("日") && m.kind == QuantityKind.NUMBER;
    }

    /** 比30大 / 比 170 低: the number is a bound. */
    private static void readComparison(String text, Mention m) {
        if (m.start == 0 || text.charAt(m.start - 1) != '比' || m.end >= text.length()) {
            return;
        }
        char after = text.charAt(m.end);
        Qualifier qualifier = "大高多".indexOf(after) >= 0 ? Qualifier.AT_LEAST
                : "小低少".indexOf(after) >= 0 ? Qualifier.UP_TO : null;
        if (qualifier != null) {
            m.start--;
            m.end++;
            m.qualifier = qualifier;
        }
    }
}
