package io.talentatlas.analysis.numbers;

/**
 * Character-level knowledge for reading numerals: folding of full-width and traditional forms onto one spelling,
 * and the classes (digit, small unit, big unit) the numeral grammar works with.
 * Folding is one character to one character, so offsets survive it.
 */
final class CharTable {

    private static final String TRADITIONAL = "萬億兩倆俩點負個貳陸對雙幾來塊〇參";
    private static final String SIMPLIFIED = "万亿两两两点负个贰陆对双几来块零叁";
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";
    private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    /** Capital forms that are also common word characters (陆地, 队伍, 收拾, 放肆): never a numeral on their own. */
    private static final String AMBIGUOUS_CAPITALS = "陆伍拾肆";

    private CharTable() {
    }

    /** The folded spelling of one character: ASCII for full-width forms, simplified for traditional numerals. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        if (c == '—' || c == '–' || c == '〜' || c == '\u2212') {
            return c == '〜' ? '~' : '-';
        }
        int index = TRADITIONAL.indexOf(c);
        return index < 0 ? c : SIMPLIFIED.charAt(index);
    }

    /** The value 0–9 of a Chinese digit (一, 两, 贰 …), or -1. */
    static int chineseDigit(char c) {
        if (c == '两') {
            return 2;
        }
        int index = CHINESE_DIGITS.indexOf(c);
        if (index >= 0) {
            return index;
        }
        return CAPITAL_DIGITS.indexOf(c);
    }

    /** The multiplier of a small unit (十, 百, 千 and their capital forms), or 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** The power of ten of a big unit (万 = 4, 亿 = 8, 兆 = 12), or 0. */
    static int bigUnitExponent(char c) {
        return switch (c) {
            case '万' -> 4;
            case '亿' -> 8;
            case '兆' -> 12;
            default -> 0;
        };
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** 廿 (20) and 卅 (30): a tens digit written as one character. */
    static boolean isTensLigature(char c) {
        return c == '廿' || c == '卅';
    }

    /** A character that can stand inside a Chinese numeral (digits, units, 廿/卅). */
    static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || smallUnit(c) > 0 || bigUnitExponent(c) > 0 || isTensLigature(c);
    }

    static boolean isAmbiguousCapital(char c) {
        return AMBIGUOUS_CAPITALS.indexOf(c) >= 0;
    }

    /** A Han ideograph (CJK punctuation is not). */
    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇';
    }
}
