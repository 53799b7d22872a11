package io.talentatlas.analysis.numbers;

/**
 * Finds where a numeral starts and ends in normalized text, without evaluating it: a run of digits, Chinese numeral
 * characters and units, decimal points, thousands commas, inner approximation marks ({@code 五百余万}), and the
 * fraction, exponent and k/M forms that extend it. Stops before a unit word that begins with a numeral character
 * ({@code 12千米}, {@code 五十兆字节}) and before a 两 that is the weight unit ({@code 三十两}).
 */
final class NumeralScanner {

    private static final String INNER_MARKS = "余多几来";

    private final String text;
    private final UnitLexicon units;

    NumeralScanner(String text, UnitLexicon units) {
        this.text = text;
        this.units = units;
    }

    /** The end of the numeral starting at {@code start}, or -1 when none starts there. */
    int scan(int start) {
        int body = signEnd(start);
        if (!startsNumeral(body)) {
            return -1;
        }
        int bare = bareDenominatorEnd(body);
        if (bare > 0) {
            int numerator = signEnd(bare);
            int numeratorEnd = run(numerator);
            return numeratorEnd < 0 ? -1 : extend(numerator, numeratorEnd);
        }
        int end = run(body);
        if (end == body + 1 && CharTable.isAmbiguousCapital(charAt(body))) {
            return -1;
        }
        return extend(body, end);
    }

    private int signEnd(int start) {
        char c = charAt(start);
        if (c == '负' || c == '-' && isSignContext(start)) {
            return start + 1;
        }
        return start;
    }

    private boolean isSignContext(int index) {
        char before = charAt(index - 1);
        return !(CharTable.isLetterOrDigit(before) || before == ')' || before == '-' || before == '.');
    }

    private boolean startsNumeral(int i) {
        char c = charAt(i);
        if (CharTable.isAsciiDigit(c)) {
            return true;
        }
        if (c == '.') {
            return CharTable.isAsciiDigit(charAt(i + 1)) && charAt(i - 1) != '.';
        }
        if (CharTable.chineseDigit(c) >= 0 || CharTable.isTensLigature(c) || c == '十' || c == '拾') {
            return true;
        }
        if (c == '半') {
            return "百成折".indexOf(charAt(i + 1)) >= 0;
        }
        if (CharTable.smallUnit(c) > 0 || CharTable.bigUnitExponent(c) > 0) {
            return isDigit(charAt(i + 1)) || bareDenominatorEnd(i) > 0;
        }
        return false;
    }

    /** The end of 百分之 / 万分之 / 百万分之 … starting at {@code i}, or -1. */
    private int bareDenominatorEnd(int i) {
        int j = i;
        while (CharTable.smallUnit(charAt(j)) > 0 || CharTable.bigUnitExponent(charAt(j)) > 0) {
            j++;
        }
        if (j == i || !text.startsWith("分之", j)) {
            return -1;
        }
        int numerator = signEnd(j + 2);
        return startsNumeral(numerator) || charAt(numerator) == '百' ? j + 2 : -1;
    }

    private int run(int start) {
        int j = start;
        while (j < text.length() && continues(start, j)) {
            j++;
        }
        return j;
    }

    private boolean continues(int start, int j) {
        char c = charAt(j);
        char before = charAt(j - 1);
        if (j == start || CharTable.isAsciiDigit(c) || CharTable.isTensLigature(c)) {
            return true;
        }
        if (!CharTable.mayBeInNumeral(c)) {
            // Every test below needs c to be one of these characters; most numerals end at a plain word character.
            return false;
        }
        if (c == ',') {
            return CharTable.isAsciiDigit(before) && isThousandsGroup(j + 1);
        }
        if (c == '.') {
            return CharTable.isAsciiDigit(before) && CharTable.isAsciiDigit(charAt(j + 1));
        }
        if (c == '两') {
            return isUnitChar(charAt(j + 1));
        }
        if (CharTable.chineseDigit(c) >= 0) {
            return true;
        }
        if (isUnitChar(c)) {
            boolean percentWord = text.startsWith("分位", j + 1) || text.startsWith("分比", j + 1);
            return !percentWord && !units.startsMultiplierLedWord(text, j);
        }
        if (c == '点') {
            return isNumeralChar(before) && isDecimalDigit(charAt(j + 1)) && !isClockTime(j + 1);
        }
        return INNER_MARKS.indexOf(c) >= 0 && isNumeralChar(before) && isUnitChar(charAt(j + 1));
    }

    private boolean isThousandsGroup(int i) {
        for (int k = i; k < i + 3; k++) {
            if (!CharTable.isAsciiDigit(charAt(k))) {
                return false;
            }
        }
        return !CharTable.isAsciiDigit(charAt(i + 3));
    }

    /** 20点30分: the 点 of a clock time, not a decimal point. */
    private boolean isClockTime(int digits) {
        int j = digits;
        while (isDecimalDigit(charAt(j))) {
            j++;
        }
        return charAt(j) == '分' && charAt(j + 1) != '之';
    }

    private int extend(int body, int end) {
        if (text.startsWith("分之", end) && startsNumeral(signEnd(end + 2))) {
            int numeratorEnd = run(signEnd(end + 2));
            return numeratorEnd > 0 ? numeratorEnd : end;
        }
        if (charAt(end) == '又') {
            int denominatorEnd = startsNumeral(end + 1) ? run(end + 1) : -1;
            if (denominatorEnd > 0 && text.startsWith("分之", denominatorEnd)) {
                int whole = extend(end + 1, denominatorEnd);
                return whole > denominatorEnd ? whole : end;
            }
            return end;
        }
        return isArabic(body, end) ? AsciiSuffix.extend(text, body, end) : end;
    }

    private boolean isArabic(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!CharTable.isAsciiDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnitChar(char c) {
        return CharTable.smallUnit(c) > 0 || CharTable.bigUnitExponent(c) > 0;
    }

    private static boolean isDigit(char c) {
        return CharTable.isAsciiDigit(c) || CharTable.chineseDigit(c) >= 0;
    }

    private static boolean isDecimalDigit(char c) {
        return CharTable.isAsciiDigit(c) || CharTable.chineseDigit(c) >= 0 && c != '两';
    }

    private static boolean isNumeralChar(char c) {
        return isDigit(c) || CharTable.isChineseNumeral(c);
    }

    private char charAt(int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }
}
