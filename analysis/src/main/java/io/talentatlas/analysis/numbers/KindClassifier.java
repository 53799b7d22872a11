package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells counts and amounts apart from the numbers the facts layer must drop: years, dates, clock times, phone
 * numbers, ordinals, codes glued to Latin letters and numbers inside names.
 */
final class KindClassifier {

    private static final Pattern PHONE = Pattern.compile(
            "1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8}|400-?\\d{3}-?\\d{4}|\\d{3,4}-\\d{7,8}");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(1[89]\\d{2}|20\\d{2})([-/.])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])");
    private static final String[] PHONE_CUES = {"电话", "热线", "传真", "联系方式", "手机", "咨询"};
    private static final String[] TIME_CUES = {"上午", "下午", "晚上", "凌晨", "早上", "中午", "时间", "晚", "早"};
    private static final int LONGEST_PLAIN_NUMBER = 11;
    private static final int SHORTEST_PATTERN_PREFIX = 3;
    private static final int SHORTEST_PHONE = 7;
    private static final String URL_PUNCTUATION = "-._~:/?#[]@!$&'()*+,;=%";

    private final String text;
    private final NameSpans names;

    KindClassifier(String text, NameSpans names) {
        this.text = text;
        this.names = names;
    }

    /** A phone number or numeric date starting at {@code start}, read whole; null when there is none. */
    Mention readDigitPattern(int start) {
        if (CharTable.isAsciiDigit(charAt(start - 1)) || !startsDigitRun(start, SHORTEST_PATTERN_PREFIX)) {
            return null;
        }
        int digitsEnd = digitRunEnd(start);
        Matcher date = mayStartDate(start, digitsEnd) ? NUMERIC_DATE.matcher(text).region(start, text.length()) : null;
        if (date != null && date.lookingAt() && !CharTable.isAsciiDigit(charAt(date.end()))) {
            String digits = date.group(1) + twoDigits(date.group(3)) + twoDigits(date.group(4));
            return whole(start, date.end(), new BigDecimal(digits), QuantityKind.DATE);
        }
        Matcher phone = mayStartPhone(start, digitsEnd) ? PHONE.matcher(text).region(start, text.length()) : null;
        if (phone != null && phone.lookingAt() && !CharTable.isAsciiDigit(charAt(phone.end())) && charAt(phone.end()) != '-') {
            String digits = phone.group().replace("-", "");
            return whole(start, phone.end(), new BigDecimal(digits), QuantityKind.PHONE);
        }
        return null;
    }

    private int digitRunEnd(int start) {
        int end = start;
        while (CharTable.isAsciiDigit(charAt(end))) {
            end++;
        }
        return end;
    }

    /** NUMERIC_DATE starts with exactly four digits and a separator; most digit runs (years, amounts) do not. */
    private boolean mayStartDate(int start, int digitsEnd) {
        char separator = charAt(digitsEnd);
        return digitsEnd - start == 4 && (separator == '-' || separator == '/' || separator == '.');
    }

    /**
     * Every PHONE alternative starts with ten or more digits (mobile, 400 without hyphens) or with a digit run that a
     * hyphen ends (0xx-, 400-, 400xxx-, xxxx-): a cheap test that spares the regular expression most numbers.
     */
    private boolean mayStartPhone(int start, int digitsEnd) {
        return digitsEnd - start >= 10 || charAt(digitsEnd) == '-';
    }

    /** Every date and phone pattern starts with this many digits: a cheap test before the regular expressions. */
    private boolean startsDigitRun(int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!CharTable.isAsciiDigit(charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Sets the kind of a mention whose unit has been read. */
    void classify(Mention m) {
        if (m.kind != QuantityKind.NUMBER) {
            return;
        }
        m.kind = kindOf(m);
    }

    private QuantityKind kindOf(Mention m) {
        String unit = m.hasUnitWord() ? m.unitWord.word() : "";
        if (names.isInside(m.numeralStart)) {
            return QuantityKind.NAME;
        }
        if (charAt(m.numeralStart - 1) == '第' || charAt(m.start - 1) == '第') {
            return QuantityKind.ORDINAL;
        }
        if (CharTable.isAsciiLetter(charAt(m.numeralStart - 1)) || isInsideUrl(m.numeralStart)
                || !m.hasUnitWord() && CharTable.isAsciiLetter(charAt(m.end)) || isLongDigitRun(m)) {
            return isPhoneCue(m) ? QuantityKind.PHONE : QuantityKind.CODE;
        }
        if (isPhoneCue(m) && isDigitRun(m)) {
            return QuantityKind.PHONE;
        }
        if (!m.hasUnitWord() && m.numeralEnd - m.numeralStart == 1 && m.start == m.numeralStart
                && !CharTable.isAsciiDigit(charAt(m.numeralStart))) {
            return QuantityKind.WORD;
        }
        return calendarKind(m, unit);
    }

    private QuantityKind calendarKind(Mention m, String unit) {
        return switch (unit) {
            case "年", "年度" -> isBetween(m, 1000, 2200) && m.numeralEnd - m.numeralStart == 4
                    ? QuantityKind.YEAR : QuantityKind.NUMBER;
            case "月" -> isBetween(m, 1, 12) ? QuantityKind.DATE : QuantityKind.NUMBER;
            case "日" -> isBetween(m, 1, 31) ? QuantityKind.DATE : QuantityKind.NUMBER;
            case "号" -> isBetween(m, 1, 31) && charAt(m.numeralStart - 1) == '月'
                    ? QuantityKind.DATE : QuantityKind.NUMBER;
            case "点" -> isBetween(m, 0, 24) && isTimeContext(m) ? QuantityKind.TIME : QuantityKind.NUMBER;
            default -> QuantityKind.NUMBER;
        };
    }

    /**
     * True when the value is a whole number from {@code low} to {@code high}; asked only for calendar units, since
     * stripping the value's zeros costs more than the rest of the classification.
     */
    private static boolean isBetween(Mention m, int low, int high) {
        boolean integer = m.value.signum() > 0 && m.value.stripTrailingZeros().scale() <= 0;
        int small = integer && m.value.compareTo(BigDecimal.valueOf(10000)) < 0 ? m.value.intValue() : -1;
        return small >= low && small <= high;
    }

    private boolean isTimeContext(Mention m) {
        String before = text.substring(Math.max(0, m.numeralStart - 4), m.numeralStart);
        for (String cue : TIME_CUES) {
            if (before.endsWith(cue) || before.contains(cue)) {
                return true;
            }
        }
        return "钟半整许前后".indexOf(charAt(m.end)) >= 0;
    }

    /** Inside a web address: scan back over URL characters to a scheme or {@code www.}. */
    private boolean isInsideUrl(int index) {
        if (!isUrlChar(charAt(index - 1))) {
            return false;
        }
        int start = index;
        while (start > 0 && isUrlChar(text.charAt(start - 1))) {
            start--;
        }
        String run = text.substring(start, index);
        return run.contains("://") || run.contains("www.");
    }

    private static boolean isUrlChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || URL_PUNCTUATION.indexOf(c) >= 0);
    }

    private boolean isPhoneCue(Mention m) {
        if (m.numeralEnd - m.numeralStart < SHORTEST_PHONE) {
            return false;
        }
        String before = text.substring(Math.max(0, m.start - 8), m.start);
        for (String cue : PHONE_CUES) {
            if (before.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private boolean isDigitRun(Mention m) {
        for (int i = m.numeralStart; i < m.numeralEnd; i++) {
            if (!CharTable.isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isLongDigitRun(Mention m) {
        return m.numeralEnd - m.numeralStart > LONGEST_PLAIN_NUMBER && isDigitRun(m);
    }

    private static Mention whole(int start, int end, BigDecimal value, QuantityKind kind) {
        Mention m = new Mention(start, end, value);
        m.kind = kind;
        return m;
    }

    private static String twoDigits(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private char charAt(int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }
}
