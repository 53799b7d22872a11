package io.talentatlas.analysis.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/**
 * Reads one numeral string to an exact {@link BigDecimal}: Arabic, Chinese and mixed forms ({@code 5.2万},
 * {@code 1.2亿}, {@code 两}, {@code 二〇二二}, {@code 三十亿}, {@code 150余万}, {@code 零点五}, {@code 1,234.5}),
 * full-width digits, traditional and capital forms (壹贰叁 … 拾佰仟萬億), 廿/卅, signs (负, -) and fractions
 * ({@code 三分之一}, {@code 3又1/2}).
 * <p>
 * A fraction whose denominator is a bare unit ({@code 百分之十七点八}, {@code 千分之二}) is read as a percentage:
 * the result is the number of percent (17.8, 0.2). Approximation marks inside a numeral (余, 多, 几, 来) are skipped:
 * {@code 150余万} reads 1500000; the qualifier is the caller's business. Arithmetic is decimal throughout; only
 * non-terminating quotients are rounded, to 34 significant digits.
 */
public final class ChineseNumerals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern MIXED_FRACTION = Pattern.compile("[0-9]+ [0-9]+/[0-9]+");

    private ChineseNumerals() {
    }

    /**
     * The value of a numeral.
     *
     * @throws NumberFormatException when the string is not one well-formed numeral (e.g. {@code 万}, {@code 二三十})
     */
    public static BigDecimal parse(String numeral) {
        return parse(numeral, 0, numeral.length());
    }

    /**
     * The value of the numeral {@code text[start, end)}, as {@link #parse(String)} reads it. The commonest forms of
     * news text, plain decimals ({@code 2023}, {@code 17.8}) and a plain decimal times one big unit ({@code 5.2万},
     * {@code 800万}), and single Chinese digits ({@code 一批}, {@code 三年}) are read straight off the text: the
     * general path ends in the same value for them, through several copies of the string and a run of the positional
     * grammar.
     */
    static BigDecimal parse(String text, int start, int end) {
        int digit = end - start == 1 ? CharTable.chineseDigit(text.charAt(start)) : -1;
        if (digit >= 0) {
            return BigDecimal.valueOf(digit);
        }
        BigDecimal plain = ArabicNumber.plainDecimal(text, start, end);
        if (plain != null) {
            return plain.stripTrailingZeros();
        }
        int exponent = end - start > 1 ? CharTable.bigUnitExponent(text.charAt(end - 1)) : 0;
        BigDecimal multiplied = exponent > 0 ? ArabicNumber.plainDecimal(text, start, end - 1) : null;
        if (multiplied != null) {
            return multiplied.scaleByPowerOfTen(exponent).stripTrailingZeros();
        }
        return parseGeneral(text.substring(start, end));
    }

    private static BigDecimal parseGeneral(String numeral) {
        String folded = fold(numeral);
        if (folded.isEmpty()) {
            throw new NumberFormatException("empty numeral: '" + numeral + "'");
        }
        try {
            return signed(folded).stripTrailingZeros();
        } catch (ArithmeticException | IndexOutOfBoundsException e) {
            throw new NumberFormatException("not a numeral: '" + numeral + "'");
        }
    }

    /** Folds full-width and traditional forms; drops whitespace except the one of a mixed fraction ({@code 1 3/5}). */
    private static String fold(String numeral) {
        if (isFolded(numeral)) {
            // The finder's numerals come from text it has folded already: nothing here would change them.
            return numeral;
        }
        StringBuilder out = new StringBuilder(numeral.length());
        for (int i = 0; i < numeral.length(); i++) {
            char c = CharTable.fold(numeral.charAt(i));
            if (!CharTable.isWhitespace(c)) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        String spaced = out.toString().strip();
        if (spaced.indexOf(' ') < 0 || MIXED_FRACTION.matcher(spaced).matches()) {
            return spaced;
        }
        return spaced.replace(" ", "");
    }

    private static boolean isFolded(String numeral) {
        for (int i = 0; i < numeral.length(); i++) {
            if (!CharTable.keptAsIs(numeral.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal signed(String s) {
        boolean negative = false;
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '负')) {
            negative = !negative;
            i++;
        }
        BigDecimal value = unsigned(s.substring(i));
        return negative ? value.negate() : value;
    }

    private static BigDecimal unsigned(String s) {
        int of = s.indexOf("分之");
        if (of >= 0) {
            return fraction(s.substring(0, of), s.substring(of + 2));
        }
        int slash = s.indexOf('/');
        int you = s.indexOf('又');
        if (slash > 0 && you > 0 && you < slash) {
            return signed(s.substring(0, you)).add(slashFraction(s.substring(you + 1), slash - you - 1));
        }
        if (slash > 0) {
            return slashFraction(s, slash);
        }
        if (isArabic(s)) {
            return ArabicNumber.parse(s);
        }
        return PositionalNumeral.evaluate(s);
    }

    private static BigDecimal fraction(String denominatorText, String numeratorText) {
        BigDecimal numerator = signed(numeratorText);
        if (isBareUnits(denominatorText)) {
            BigDecimal denominator = PositionalNumeral.evaluate("一" + denominatorText);
            return divide(numerator.multiply(HUNDRED), denominator);
        }
        BigDecimal whole = BigDecimal.ZERO;
        int you = denominatorText.indexOf('又');
        if (you >= 0) {
            whole = signed(denominatorText.substring(0, you));
            denominatorText = denominatorText.substring(you + 1);
        }
        BigDecimal part = divide(numerator, signed(denominatorText));
        return whole.signum() < 0 ? whole.subtract(part) : whole.add(part);
    }

    private static BigDecimal slashFraction(String s, int slash) {
        int space = s.indexOf(' ');
        BigDecimal whole = space > 0 ? ArabicNumber.plain(s.substring(0, space)) : BigDecimal.ZERO;
        BigDecimal numerator = ArabicNumber.plain(s.substring(space + 1, slash));
        return whole.add(divide(numerator, ArabicNumber.plain(s.substring(slash + 1))));
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, MathContext.DECIMAL128);
    }

    private static boolean isBareUnits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CharTable.smallUnit(c) == 0 && CharTable.bigUnitExponent(c) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArabic(String s) {
        if (!CharTable.isAsciiDigit(s.charAt(0)) && s.charAt(0) != '.') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("0123456789.,eE^+-kKM".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
