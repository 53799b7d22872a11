package io.talentatlas.analysis.numbers;

/**
 * The text the finder reads: every character folded by {@link CharTable#fold}, and whitespace dropped where it only
 * separates Chinese characters or comparison signs ({@code 一百 五 十}, {@code 1000  万}, {@code 大于100 并且}).
 * Whitespace between two Latin/Arabic tokens or after punctuation is kept, so {@code 1, 234} stays three numbers.
 * Each kept character remembers its offset in the source, so spans map back exactly.
 */
final class NormalizedText {

    private static final String COMPARISON_SIGNS = "<>=≤≥~-";

    private final String text;
    private final int[] sourceOffsets;
    private final int sourceLength;

    private NormalizedText(String text, int[] sourceOffsets, int sourceLength) {
        this.text = text;
        this.sourceOffsets = sourceOffsets;
        this.sourceLength = sourceLength;
    }

    static NormalizedText of(String source) {
        int length = source.length();
        char[] folded = new char[length];
        int[] offsets = new int[length];
        int size = 0;
        int i = 0;
        while (i < length) {
            char c = foldComma(source, i);
            if (!CharTable.isWhitespace(c)) {
                folded[size] = c;
                offsets[size++] = i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < length && CharTable.isWhitespace(CharTable.fold(source.charAt(runEnd)))) {
                runEnd++;
            }
            char before = size > 0 ? folded[size - 1] : ' ';
            char after = runEnd < length ? CharTable.fold(source.charAt(runEnd)) : ' ';
            if (!isDroppable(before, after)) {
                folded[size] = ' ';
                offsets[size++] = i;
            }
            i = runEnd;
        }
        return new NormalizedText(new String(folded, 0, size), offsets, length);
    }

    /**
     * A full-width comma is a thousands separator only between full-width digits ({@code ４，５６５});
     * after an ASCII digit it separates clauses ({@code $20，300美圆}), so it keeps its own spelling.
     */
    private static char foldComma(String source, int i) {
        char c = source.charAt(i);
        if (c == '，' && (i == 0 || source.charAt(i - 1) < '０' || source.charAt(i - 1) > '９')) {
            return c;
        }
        return CharTable.fold(c);
    }

    private static boolean isDroppable(char before, char after) {
        boolean digitMeetsDigit = CharTable.isAsciiDigit(before) && CharTable.chineseDigit(after) >= 0
                || CharTable.chineseDigit(before) >= 0 && CharTable.isAsciiDigit(after);
        if (digitMeetsDigit) {
            return false;
        }
        boolean joinsHan = CharTable.isHan(before) || CharTable.isHan(after);
        boolean joinsSign = COMPARISON_SIGNS.indexOf(before) >= 0 || COMPARISON_SIGNS.indexOf(after) >= 0;
        return (joinsHan || joinsSign) && isWordChar(before) && isWordChar(after)
                || joinsSign && (isWordChar(before) || isWordChar(after));
    }

    private static boolean isWordChar(char c) {
        return CharTable.isLetterOrDigit(c) || COMPARISON_SIGNS.indexOf(c) >= 0 || c == '.' || c == '%';
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }

    boolean startsWith(String word, int index) {
        return index >= 0 && text.startsWith(word, index);
    }

    /** The source offset of the character at {@code index}. */
    int sourceStart(int index) {
        return index < sourceOffsets.length && index < text.length() ? sourceOffsets[index] : sourceLength;
    }

    /** The source offset just after the character before {@code end}. */
    int sourceEnd(int end) {
        return end == 0 ? 0 : sourceOffsets[end - 1] + 1;
    }
}
