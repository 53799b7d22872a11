package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads numbers written with ASCII digits (after folding): {@code 1,234.5}, {@code .5}, {@code 2e5},
 * {@code 12.32e+14}, {@code 2^-1}, {@code 40k}, {@code 2.5M}. Exact except for negative powers, which are
 * rounded to 34 significant digits.
 */
final class ArabicNumber {

    private ArabicNumber() {
    }

    /** The value of an unsigned ASCII number, with an optional exponent or k/M suffix. */
    static BigDecimal parse(String s) {
        int caret = s.indexOf('^');
        if (caret > 0) {
            return power(plain(s.substring(0, caret)), s.substring(caret + 1));
        }
        int e = indexOfExponent(s);
        if (e > 0) {
            int exponent = Integer.parseInt(stripPlus(s.substring(e + 1)));
            return plain(s.substring(0, e)).scaleByPowerOfTen(exponent);
        }
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'K') {
            return plain(s.substring(0, s.length() - 1).strip()).scaleByPowerOfTen(3);
        }
        if (last == 'M') {
            return plain(s.substring(0, s.length() - 1).strip()).scaleByPowerOfTen(6);
        }
        return plain(s);
    }

    /** The most digits a long holds whatever they are: 10^18 - 1 is the largest such number. */
    private static final int LONG_DIGITS = 18;

    /**
     * The value of {@code text[start, end)} when it is ASCII digits with at most one decimal point that has digits on
     * both sides (2023, 17.8), as {@link #plain} reads it; null when it is not such a number. Most numerals of news
     * text are; reading the digits into a long spares the substring and BigDecimal's string parsing.
     */
    static BigDecimal plainDecimal(CharSequence text, int start, int end) {
        if (end <= start) {
            return null;
        }
        long unscaled = 0;
        int point = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0 && i > start && i < end - 1) {
                point = i;
            } else if (CharTable.isAsciiDigit(c)) {
                unscaled = unscaled * 10 + (c - '0');
            } else {
                return null;
            }
        }
        int digits = point < 0 ? end - start : end - start - 1;
        if (digits > LONG_DIGITS) {
            return new BigDecimal(text.subSequence(start, end).toString());
        }
        return BigDecimal.valueOf(unscaled, point < 0 ? 0 : end - point - 1);
    }

    /** Digits with optional thousands commas and decimal point. */
    static BigDecimal plain(String s) {
        String digits = s.replace(",", "");
        if (digits.isEmpty() || digits.equals(".")) {
            throw new NumberFormatException("not a number: " + s);
        }
        return new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
    }

    private static int indexOfExponent(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == 'e' || c == 'E') && CharTable.isAsciiDigit(s.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal power(BigDecimal base, String exponentText) {
        int minus = 0;
        int i = 0;
        while (i < exponentText.length() && (exponentText.charAt(i) == '-' || exponentText.charAt(i) == '+')) {
            minus += exponentText.charAt(i) == '-' ? 1 : 0;
            i++;
        }
        int exponent = Integer.parseInt(exponentText.substring(i));
        if (minus % 2 == 0) {
            return base.pow(exponent);
        }
        return BigDecimal.ONE.divide(base.pow(exponent), MathContext.DECIMAL128);
    }

    private static String stripPlus(String exponent) {
        return exponent.startsWith("+") ? exponent.substring(1) : exponent;
    }
}
