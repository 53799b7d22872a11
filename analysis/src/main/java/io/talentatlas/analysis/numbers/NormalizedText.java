package io.talentatlas.analysis.numbers;

import java.util.Arrays;

/**
 * The text the finder reads: every character folded by {@link CharTable#fold}, and whitespace dropped where it only
 * separates Chinese characters or comparison signs ({@code 一百 五 十}, {@code 1000  万}, {@code 大于100 并且}).
 * Whitespace between two Latin/Arabic tokens or after punctuation is kept, so {@code 1, 234} stays three numbers.
 * Each kept character remembers its offset in the source, so spans map back exactly.
 */
final class NormalizedText {

    private static final String COMPARISON_SIGNS = "<>=≤≥~-";

    private final String text;
    private final Positions numberStarts;
    private final Positions nameMarks;
    /**
     * The source offset of a character is its index plus a shift that grows only after a whitespace run, so only
     * the growths are stored instead of one offset per character: from index {@code shiftStarts[j]} on, the shift
     * is {@code shifts[j]} (0 before the first). Writing an int per character was a fifth of the finder's time.
     */
    private final int[] shiftStarts;
    private final int[] shifts;
    private final int shiftCount;
    private final int sourceLength;

    private NormalizedText(String text, Positions numberStarts, Positions nameMarks, int[] shiftStarts,
            int[] shifts, int shiftCount, int sourceLength) {
        this.text = text;
        this.numberStarts = numberStarts;
        this.nameMarks = nameMarks;
        this.shiftStarts = shiftStarts;
        this.shifts = shifts;
        this.shiftCount = shiftCount;
        this.sourceLength = sourceLength;
    }

    static NormalizedText of(String source) {
        int length = source.length();
        // Starts as a copy of the source and is compacted in place: the kept characters never move right.
        char[] folded = source.toCharArray();
        Positions numberStarts = new Positions();
        Positions nameMarks = new Positions();
        int[] shiftStarts = new int[8];
        int[] shifts = new int[8];
        int shiftCount = 0;
        int size = 0;
        int i = 0;
        while (i < length) {
            // Most of an article is runs of characters copied unchanged: one lookup each says so and whether a
            // number may start there or NameSpans reads it, instead of the fold and whitespace tests here and a
            // second pass over the text for each of the others.
            int keptEnd = i;
            for (int textClass; keptEnd < length
                    && (textClass = CharTable.textClass(folded[keptEnd])) != CharTable.NORMALIZED; keptEnd++) {
                if (textClass == CharTable.NUMBER_START) {
                    numberStarts.add(size + keptEnd - i);
                } else if (textClass == CharTable.NAME_MARK) {
                    nameMarks.add(size + keptEnd - i);
                }
            }
            if (keptEnd > i) {
                if (size < i) {
                    System.arraycopy(folded, i, folded, size, keptEnd - i);
                }
                size += keptEnd - i;
                i = keptEnd;
                continue;
            }
            char c = foldComma(source, i);
            if (!CharTable.isWhitespace(c)) {
                if (CharTable.mayStartNumber(c)) {
                    numberStarts.add(size);
                } else if (NameSpans.isMark(c)) {
                    nameMarks.add(size);
                }
                folded[size++] = c;
                i++;
                continue;
            }
            int shift = i - size;
            int runEnd = i;
            while (runEnd < length && CharTable.isWhitespace(CharTable.fold(source.charAt(runEnd)))) {
                runEnd++;
            }
            char before = size > 0 ? folded[size - 1] : ' ';
            char after = runEnd < length ? CharTable.fold(source.charAt(runEnd)) : ' ';
            if (!isDroppable(before, after)) {
                folded[size++] = ' ';
            }
            i = runEnd;
            if (i - size != shift) {
                if (shiftCount == shifts.length) {
                    shiftStarts = Arrays.copyOf(shiftStarts, shiftCount * 2);
                    shifts = Arrays.copyOf(shifts, shiftCount * 2);
                }
                shiftStarts[shiftCount] = size;
                shifts[shiftCount++] = i - size;
            }
        }
        return new NormalizedText(new String(folded, 0, size), numberStarts, nameMarks, shiftStarts, shifts,
                shiftCount, length);
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

    /** Where a number may start in {@link #text}: a cursor for one walk through the text. */
    Positions numberStarts() {
        return numberStarts;
    }

    /** Where the characters NameSpans reads ({@link NameSpans#MARKS}) stand in {@link #text}. */
    Positions nameMarks() {
        return nameMarks;
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
        return index < text.length() ? sourceOffset(index) : sourceLength;
    }

    /** The source offset just after the character before {@code end}. */
    int sourceEnd(int end) {
        return end == 0 ? 0 : sourceOffset(end - 1) + 1;
    }

    private int sourceOffset(int index) {
        if (index < 0 || index >= text.length()) {
            throw new IndexOutOfBoundsException(index);
        }
        int found = Arrays.binarySearch(shiftStarts, 0, shiftCount, index);
        int last = found >= 0 ? found : -found - 2;
        return index + (last >= 0 ? shifts[last] : 0);
    }
}
