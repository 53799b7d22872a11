package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;

/**
 * The positional part of the numeral grammar: digits grouped by small units (十百千) into sections, sections scaled
 * by big units (万亿兆, stacking as in {@code 万亿} and {@code 四万万}), 零 as a gap, the spoken abbreviation
 * ({@code 两千四百五} = 2450, {@code 一万三} = 13000), Arabic groups mixed in ({@code 5.2万}, {@code 3万4000}),
 * a 点 decimal part ({@code 十五点七}, {@code 一点二亿}) and digit-by-digit strings ({@code 二〇二二}).
 */
final class PositionalNumeral {

    private static final String APPROXIMATION_MARKS = "余多几来";

    private final String text;
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal section = BigDecimal.ZERO;
    private BigDecimal current;
    private boolean currentAbbreviable;
    private BigDecimal lastUnit;
    private int lastBigExponent;
    private boolean afterZero;
    private boolean sawNumber;

    private PositionalNumeral(String text) {
        this.text = text;
    }

    /** The value of a folded numeral without sign or fraction. */
    static BigDecimal evaluate(String s) {
        int point = s.indexOf('点');
        if (point < 0) {
            return integer(s);
        }
        int digitsEnd = point + 1;
        while (digitsEnd < s.length() && isDecimalDigit(s.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd == point + 1) {
            throw new NumberFormatException("no digits after 点: " + s);
        }
        BigDecimal value = integer(s.substring(0, point)).add(decimals(s.substring(point + 1, digitsEnd)));
        String scale = s.substring(digitsEnd);
        return scale.isEmpty() ? value : value.multiply(integer("一" + scale));
    }

    /** True for strings such as 二〇二二 or 一九九一: digits only, read one by one. */
    static boolean isDigitByDigit(String s) {
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            int digit = CharTable.chineseDigit(s.charAt(i));
            if (digit < 0) {
                return false;
            }
            zero |= digit == 0;
        }
        return s.length() >= 3 || s.length() == 2 && zero;
    }

    /** Digits read one by one, whatever their count ({@code 三八} = 38). */
    static BigDecimal digitByDigit(String s) {
        return new BigDecimal(asDigits(s));
    }

    private static boolean isDecimalDigit(char c) {
        return CharTable.isAsciiDigit(c) || CharTable.chineseDigit(c) >= 0 && c != '两';
    }

    private static BigDecimal decimals(String digits) {
        return new BigDecimal("0." + asDigits(digits));
    }

    private static String asDigits(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            out.append(CharTable.isAsciiDigit(c) ? c : (char) ('0' + CharTable.chineseDigit(c)));
        }
        return out.toString();
    }

    private static BigDecimal integer(String s) {
        if (s.isEmpty()) {
            throw new NumberFormatException("empty integer part");
        }
        if (isDigitByDigit(s)) {
            return digitByDigit(s);
        }
        return new PositionalNumeral(s).run();
    }

    private BigDecimal run() {
        int i = 0;
        while (i < text.length()) {
            i = step(i);
        }
        if (!sawNumber) {
            throw new NumberFormatException("no digit in: " + text);
        }
        BigDecimal last = current == null ? BigDecimal.ZERO : current;
        if (current != null && currentAbbreviable && lastUnit.compareTo(BigDecimal.TEN) > 0) {
            last = current.multiply(lastUnit).divide(BigDecimal.TEN);
        }
        return total.add(section).add(last);
    }

    private int step(int i) {
        char c = text.charAt(i);
        if (CharTable.isAsciiDigit(c) || c == '.') {
            return arabicGroup(i);
        }
        int digit = CharTable.chineseDigit(c);
        if (digit == 0) {
            requireNoCurrent();
            afterZero = true;
            sawNumber = true;
        } else if (digit > 0) {
            setCurrent(BigDecimal.valueOf(digit), lastUnit != null && !afterZero);
        } else if (c == '半' && i == 0) {
            setCurrent(new BigDecimal("0.5"), false);
        } else if (CharTable.isTensLigature(c)) {
            setCurrent(BigDecimal.valueOf(c == '廿' ? 2 : 3), false);
            smallUnit(10);
        } else if (CharTable.smallUnit(c) > 0) {
            smallUnit(CharTable.smallUnit(c));
        } else if (CharTable.bigUnitExponent(c) > 0) {
            bigUnit(CharTable.bigUnitExponent(c));
        } else if (APPROXIMATION_MARKS.indexOf(c) < 0 || i == 0) {
            throw new NumberFormatException("unexpected '" + c + "' in numeral: " + text);
        }
        return i + 1;
    }

    private int arabicGroup(int start) {
        int end = start;
        while (end < text.length() && "0123456789.,".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        BigDecimal plain = ArabicNumber.plainDecimal(text, start, end);
        setCurrent(plain != null ? plain : ArabicNumber.plain(text.substring(start, end)), false);
        return end;
    }

    private void setCurrent(BigDecimal value, boolean abbreviable) {
        requireNoCurrent();
        current = value;
        currentAbbreviable = abbreviable;
        afterZero = false;
        sawNumber = true;
    }

    private void requireNoCurrent() {
        if (current != null) {
            throw new NumberFormatException("two digits without a unit between them: " + text);
        }
    }

    private void smallUnit(int multiplier) {
        BigDecimal unit = BigDecimal.valueOf(multiplier);
        section = section.add((current == null ? BigDecimal.ONE : current).multiply(unit));
        current = null;
        lastUnit = unit;
        afterZero = false;
        sawNumber = true;
    }

    private void bigUnit(int exponent) {
        if (!sawNumber) {
            throw new NumberFormatException("big unit without a number: " + text);
        }
        BigDecimal group = section.add(current == null ? BigDecimal.ZERO : current);
        if (lastBigExponent == 0 || exponent >= lastBigExponent) {
            total = total.add(group).scaleByPowerOfTen(exponent);
        } else {
            total = total.add(group.scaleByPowerOfTen(exponent));
        }
        lastBigExponent = exponent;
        lastUnit = BigDecimal.TEN.pow(exponent);
        section = BigDecimal.ZERO;
        current = null;
        afterZero = false;
    }
}
