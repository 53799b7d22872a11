package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;

/**
 * Reads what follows a numeral: approximation marks ({@code 4100余份}), the counter or unit word by longest match
 * ({@code 人次}, {@code 个团队}, {@code 元}), the Chinese percent forms 成 and 折, a trailing 半 ({@code 一年半}),
 * the dozen ({@code 十打} = 120),
 * jiao and fen after yuan ({@code 五元三毛}), clock times ({@code 9:31}) and the per-month or per-year reading of
 * an amount of money ({@code 3000元/月}, {@code 每月最高3000元}).
 */
final class UnitReader {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal DOZEN = BigDecimal.valueOf(12);
    private static final UnitWord CNY_KUAI = new UnitWord("块", Unit.CNY, UnitWord.Category.CURRENCY, "CNY");
    private static final UnitWord PERCENT = new UnitWord("%", Unit.PERCENT, UnitWord.Category.PERCENT, "");
    private static final String NOT_CHENG = "为立功果本员交绩效熟长就都型了";
    private static final String NOT_ZHE = "算合旧扣叠腾射";

    private final String text;
    private final UnitLexicon units;

    UnitReader(String text, UnitLexicon units) {
        this.text = text;
        this.units = units;
    }

    /** Reads the unit of {@code m} and moves its end past the unit word and any tail that belongs to it. */
    void read(Mention m) {
        int p = m.numeralEnd;
        char mark = at(p);
        // Compared one by one: String.indexOf's set-up cost more than the search in a three-character string.
        if ((mark == '余' || mark == '多' || mark == '几') && at(p + 1) != '元') {
            m.qualifier = Qualifier.AT_LEAST;
            p++;
        } else if (at(p) == '来' && units.match(text, p + 1) != null) {
            m.qualifier = Qualifier.APPROX;
            p++;
        }
        m.end = p;
        if (readClockTime(m) || readChinesePercent(m, p)) {
            return;
        }
        UnitWord word = units.match(text, p);
        if (word != null && word.word().equals("个") && "多余".indexOf(at(p + 1)) >= 0) {
            UnitWord duration = units.match(text, p + 2);
            if (duration != null && duration.category() == UnitWord.Category.DURATION) {
                readSplitDuration(m, p, duration);
                return;
            }
        }
        if (word == null) {
            return;
        }
        m.unitWord = disambiguate(word, p);
        m.unit = m.unitWord.unit();
        m.unitStart = m.numeralEnd == p ? multiplierStart(m) : p;
        m.unitEnd = p + word.word().length();
        m.end = m.unitEnd;
        readTail(m);
    }

    /** 八个多月: 个 and the duration word are split by 多 or 余, which make the count a lower bound. */
    private void readSplitDuration(Mention m, int p, UnitWord duration) {
        m.unitWord = new UnitWord("个" + duration.word(), duration.unit(), duration.category(), "");
        m.unit = duration.unit();
        m.unitStart = p;
        m.unitEnd = p + 2 + duration.word().length();
        m.end = m.unitEnd;
        m.qualifier = Qualifier.AT_LEAST;
    }

    /** Reads 百分之X: the unit text is the 百分之 in front of the number. */
    void readBareDenominatorPercent(Mention m, int denominatorEnd) {
        m.unitWord = PERCENT;
        m.unit = Unit.PERCENT;
        m.unitStart = m.numeralStart;
        m.unitEnd = denominatorEnd;
    }

    private UnitWord disambiguate(UnitWord word, int p) {
        int after = p + word.word().length();
        if (word.word().equals("块") && !CharTable.isHan(at(after))) {
            return CNY_KUAI;
        }
        if (word.word().equals("户") && (text.startsWith("企业", after) || window(p, 8).contains("企业"))) {
            return new UnitWord("户", Unit.ORG, UnitWord.Category.COUNT, "");
        }
        return word;
    }

    private void readTail(Mention m) {
        if (m.unitWord.word().equals("打")) {
            m.value = m.value.multiply(DOZEN);
        } else if (m.unitWord.isCny()) {
            readJiaoFen(m);
            m.unit = PayPeriod.of(text, m);
        } else if (at(m.end) == '半' && at(m.end + 1) != '数' && m.unitWord.category() != UnitWord.Category.PERCENT) {
            m.value = m.value.add(HALF);
            m.end++;
        }
    }

    private void readJiaoFen(Mention m) {
        int p = m.end;
        int jiao = CharTable.isAsciiDigit(at(p)) ? at(p) - '0' : CharTable.chineseDigit(at(p));
        if (jiao >= 0 && (at(p + 1) == '角' || at(p + 1) == '毛')) {
            m.value = m.value.add(BigDecimal.valueOf(jiao, 1));
            p += 2;
            m.end = p;
        }
        int fen = CharTable.isAsciiDigit(at(p)) ? at(p) - '0' : CharTable.chineseDigit(at(p));
        if (fen >= 0 && p > m.unitEnd && at(p + 1) == '分') {
            m.value = m.value.add(BigDecimal.valueOf(fen, 2));
            m.end = p + 2;
        }
    }

    private boolean readClockTime(Mention m) {
        int p = m.numeralEnd;
        if (at(p) != ':' || !CharTable.isAsciiDigit(at(p + 1)) || !CharTable.isAsciiDigit(at(p + 2))
                || CharTable.isAsciiDigit(at(p + 3)) || m.value.compareTo(BigDecimal.valueOf(24)) > 0) {
            return false;
        }
        int minutes = (at(p + 1) - '0') * 10 + at(p + 2) - '0';
        m.value = m.value.multiply(BigDecimal.valueOf(60)).add(BigDecimal.valueOf(minutes));
        m.kind = QuantityKind.TIME;
        m.end = p + 3;
        boolean seconds = at(p + 3) == ':' && CharTable.isAsciiDigit(at(p + 4)) && CharTable.isAsciiDigit(at(p + 5));
        m.end += seconds ? 3 : 0;
        return true;
    }

    /** 三成 = 30 %, 七成六 = 76 %, 八折 = 80 %, 75折 = 75 %. */
    private boolean readChinesePercent(Mention m, int p) {
        BigDecimal value = m.value;
        boolean cheng = at(p) == '成' && NOT_CHENG.indexOf(at(p + 1)) < 0;
        boolean zhe = at(p) == '折' && NOT_ZHE.indexOf(at(p + 1)) < 0;
        if (!cheng && !zhe || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(cheng ? 10 : 100)) > 0) {
            return false;
        }
        BigDecimal percent;
        if (zhe && text.substring(m.numeralStart, m.numeralEnd).equals("半")) {
            percent = BigDecimal.valueOf(50);
        } else if (value.compareTo(BigDecimal.TEN) < 0 || cheng) {
            percent = value.multiply(BigDecimal.TEN);
        } else if (isTwoDigits(m)) {
            percent = value;
        } else {
            return false;
        }
        int end = p + 1;
        if (cheng && at(end) == '半') {
            percent = percent.add(BigDecimal.valueOf(5));
            end++;
        } else if (cheng && singleDigit(end) >= 0) {
            percent = percent.add(BigDecimal.valueOf(singleDigit(end)));
            end++;
        }
        m.value = percent;
        m.unitWord = PERCENT;
        m.unit = Unit.PERCENT;
        m.unitStart = p;
        m.unitEnd = p + 1;
        m.end = end;
        return true;
    }

    private boolean isTwoDigits(Mention m) {
        return m.numeralEnd - m.numeralStart == 2 && m.value.scale() <= 0;
    }

    private int singleDigit(int index) {
        char c = at(index);
        int digit = CharTable.isAsciiDigit(c) ? c - '0' : CharTable.chineseDigit(c);
        char next = at(index + 1);
        boolean alone = !CharTable.isAsciiDigit(next) && !CharTable.isChineseNumeral(next) && next != '点';
        return digit > 0 && alone ? digit : -1;
    }

    /** The start of 万/亿 at the end of the numeral, so that the unit text reads 万元, 亿元, 万人. */
    private int multiplierStart(Mention m) {
        int k = m.numeralEnd;
        while (k > m.numeralStart + 1 && CharTable.bigUnitExponent(at(k - 1)) > 0) {
            k--;
        }
        return k < m.numeralEnd ? k : m.numeralEnd;
    }

    private String window(int end, int length) {
        return text.substring(Math.max(0, end - length), end);
    }

    private char at(int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }
}
