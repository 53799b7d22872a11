package io.talentatlas.analysis.numbers;

import io.talentatlas.analysis.text.CharSet;

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

    /** Every character's folded spelling, computed once: folding runs on every character of every article. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    /** Every character's digit value (-1 for none), computed once for the same reason. */
    private static final byte[] DIGITS = new byte[Character.MAX_VALUE + 1];

    /**
     * One bit per character: set where {@link #mayStartNumber} is true. 8 KB instead of the 64 KB digit table, so the
     * test the finder makes at every character of the text stays in the L1 cache.
     */
    private static final CharSet NUMBER_STARTS;

    /**
     * One bit per character: set where FOLDED differs from the character. Few characters fold, and testing this 8 KB
     * set first keeps the 128 KB table, whose Chinese part alone is larger than the L1 cache, out of the common case.
     */
    private static final CharSet CHANGED_BY_FOLD;
    /** One bit per character: set where {@link #mayBeInNumeral} is true (8 KB, for the same reason). */
    private static final CharSet NUMERAL_CHARS;
    /** What {@link #textClass} answers for a character NormalizedText copies unchanged and no number starts at. */
    static final int PLAIN = 0;
    /** What {@link #textClass} answers for a character NormalizedText copies unchanged and a number may start at. */
    static final int NUMBER_START = 1;
    /** What {@link #textClass} answers for a character NormalizedText must fold, or whitespace. */
    static final int NORMALIZED = 2;
    /** What {@link #textClass} answers for a character NormalizedText copies unchanged and NameSpans reads. */
    static final int NAME_MARK = 3;
    /**
     * Every character's {@link #textClass}, two bits each (16 KB): NormalizedText needs these facts about nearly
     * every character of an article, and one load answers them where a bit set for each took one load each.
     */
    private static final long[] TEXT_CLASSES = new long[(Character.MAX_VALUE + 1) / 32];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = computeFold((char) c);
            DIGITS[c] = (byte) computeDigit((char) c);
        }
        CHANGED_BY_FOLD = CharSet.matching(c -> FOLDED[c] != c);
        NUMBER_STARTS = CharSet.matching(CharTable::computeStartsNumber);
        NUMERAL_CHARS = CharSet.matching(c -> computeStartsNumber(c) || ",点余多几来".indexOf(c) >= 0);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            long textClass = FOLDED[c] != c || isWhitespace((char) c) ? NORMALIZED
                    : NUMBER_STARTS.contains((char) c) ? NUMBER_START
                    : NameSpans.isMark((char) c) ? NAME_MARK : PLAIN;
            TEXT_CLASSES[c >>> 5] |= textClass << ((c & 31) << 1);
        }
    }

    private CharTable() {
    }

    /** The folded spelling of one character: ASCII for full-width forms, simplified for traditional numerals. */
    static char fold(char c) {
        return CHANGED_BY_FOLD.contains(c) ? FOLDED[c] : c;
    }

    /**
     * {@link #NORMALIZED} when {@code c} folds or is whitespace; else {@link #NUMBER_START} when a number may start
     * at it ({@link #mayStartNumber}); else {@link #NAME_MARK} for the openers, closers and sentence ends of
     * {@link NameSpans#MARKS}; else {@link #PLAIN}.
     */
    static int textClass(char c) {
        return (int) (TEXT_CLASSES[c >>> 5] >>> ((c & 31) << 1)) & 3;
    }

    /**
     * True when NormalizedText copies {@code c} unchanged: it neither folds nor is whitespace. Nearly every character
     * of an article is, and one table lookup says so where the fold and the whitespace tests took several branches.
     */
    static boolean keptAsIs(char c) {
        return textClass(c) != NORMALIZED;
    }

    /** The value 0–9 of a Chinese digit (一, 两, 贰 …), or -1. */
    static int chineseDigit(char c) {
        // Every digit is a character a number can start at: the small bit set, hot from the finder's scan, rules
        // out most characters before the 64 KB table (cold for the characters around a number) is read.
        return mayStartNumber(c) ? DIGITS[c] : -1;
    }

    /**
     * False when no number can start at a character {@code c}: it is neither a sign (负, -), nor a decimal point, an
     * ASCII or Chinese digit, 廿/卅, 半 or a small or big unit. Most characters of an article are not, and the finder
     * skips them with this one test instead of trying the digit patterns and the numeral scanner there.
     */
    static boolean mayStartNumber(char c) {
        return NUMBER_STARTS.contains(c);
    }

    /**
     * False when {@code c} cannot stand after the first character of a numeral: it is none of the characters a
     * number can start at ({@link #mayStartNumber}), nor a thousands comma, 点 or an inner mark (余多几来).
     * NumeralScanner ends a numeral at most characters it sees, and this says so in one test.
     */
    static boolean mayBeInNumeral(char c) {
        return NUMERAL_CHARS.contains(c);
    }

    /** The characters NumeralScanner.scan and KindClassifier.readDigitPattern can start at (see their first tests). */
    private static boolean computeStartsNumber(char c) {
        return c == '负' || c == '-' || c == '.' || isAsciiDigit(c) || DIGITS[c] >= 0 || isTensLigature(c)
                || c == '十' || c == '拾' || c == '半' || smallUnit(c) > 0 || bigUnitExponent(c) > 0;
    }

    private static char computeFold(char c) {
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

    private static int computeDigit(char c) {
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

    /**
     * Character.isWhitespace, answered without its Unicode tables for ASCII and for everything above U+3000 (Chinese
     * characters, CJK punctuation): those tables are cold, and a cache miss there cost more than the rest of a step.
     */
    static boolean isWhitespace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return c <= '\u3000' && Character.isWhitespace(c);
    }

    /**
     * Character.isLetterOrDigit, answered without its cold Unicode tables for ASCII and for the CJK ideographs of
     * Unicode 1.1 (U+4E00–U+9FA5, every one a letter), the characters next to most spaces of an article.
     */
    static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return c >= '\u4E00' && c <= '\u9FA5' || Character.isLetterOrDigit(c);
    }
}
