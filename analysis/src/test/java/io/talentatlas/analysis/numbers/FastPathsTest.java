package io.talentatlas.analysis.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast paths of the finder give the answers of the slow tests they stand in front of, for every character. */
class FastPathsTest {

    private static final String CHINESE_DIGITS = "零一二三四五六七八九";
    private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

    @Test
    void whitespaceAndLetterTestsAgreeWithTheJdkForEveryCharacter() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isWhitespace(c), CharTable.isWhitespace(c), () -> "isWhitespace " + (int) c);
            assertEquals(Character.isLetterOrDigit(c), CharTable.isLetterOrDigit(c), () -> "isLetterOrDigit " + (int) c);
        }
    }

    @Test
    void chineseDigitIsTheDigitOfItsSpellings() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int expected = c == '两' ? 2
                    : CHINESE_DIGITS.indexOf(c) >= 0 ? CHINESE_DIGITS.indexOf(c) : CAPITAL_DIGITS.indexOf(c);
            assertEquals(expected, CharTable.chineseDigit(c), () -> "chineseDigit " + (int) c);
        }
    }

    /** No number starts at a character the finder skips, whatever stands around it. */
    @Test
    void noNumeralOrDigitPatternStartsWhereTheFinderSkips() {
        String[] contexts = {"", "1", "一", "-", ".", "百", "分之三", "12345678901"};
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (CharTable.mayStartNumber(c)) {
                continue;
            }
            for (String before : contexts) {
                for (String after : contexts) {
                    String text = before + c + after;
                    int at = before.length();
                    assertEquals(-1, new NumeralScanner(text, UnitLexicon.get()).scan(at), text);
                    assertNull(new KindClassifier(text, NameSpans.of(text)).readDigitPattern(at), text);
                }
            }
        }
    }

    @Test
    void nameSpansMatchTheCharacterByCharacterScan() {
        Random random = new Random(7);
        String alphabet = "《》“”「」『』〈〉‘’。\n！？一2a字 ";
        for (int round = 0; round < 20000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean[] expected = referenceNameSpans(text.toString());
            NameSpans spans = NameSpans.of(text.toString());
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], spans.isInside(k), text + " at " + k);
            }
        }
    }

    @Test
    void normalizedOffsetsMatchOneOffsetPerCharacter() {
        Random random = new Random(11);
        String alphabet = "  \t\n\u3000一五十万元人1２,，.%<=~-aZ《";
        for (int round = 0; round < 20000; round++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            NormalizedText normalized = NormalizedText.of(source.toString());
            int[] expected = referenceOffsets(source.toString(), normalized.text());
            for (int k = 0; k <= normalized.length(); k++) {
                int start = k < normalized.length() ? expected[k] : source.length();
                assertEquals(start, normalized.sourceStart(k), source + " start " + k);
                int end = k == 0 ? 0 : expected[k - 1] + 1;
                assertEquals(end, normalized.sourceEnd(k), source + " end " + k);
            }
        }
    }

    @Test
    void textClassIsFoldOrWhitespaceThenNumberStart() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean kept = CharTable.fold(c) == c && !Character.isWhitespace(c);
            boolean mark = NameSpans.MARKS.indexOf(c) >= 0;
            assertFalse(kept && mark && CharTable.mayStartNumber(c), () -> "mark and number start " + (int) c);
            int expected = !kept ? CharTable.NORMALIZED
                    : CharTable.mayStartNumber(c) ? CharTable.NUMBER_START
                    : mark ? CharTable.NAME_MARK : CharTable.PLAIN;
            assertEquals(expected, CharTable.textClass(c), () -> "textClass " + (int) c);
            assertEquals(kept, CharTable.keptAsIs(c), () -> "keptAsIs " + (int) c);
        }
    }

    /** The folded text keeps every non-whitespace character, folded, and notes every position a number may start. */
    @Test
    void normalizedTextFoldsEveryCharacterAndNotesTheNumberStarts() {
        Random random = new Random(13);
        String alphabet = "  \t\n\u3000一五十万元人两兩萬1２,，.%<=~-—aZ《半负";
        for (int round = 0; round < 20000; round++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = NormalizedText.of(source.toString()).text();
            StringBuilder expected = new StringBuilder();
            for (int k = 0; k < source.length(); k++) {
                char c = source.charAt(k);
                boolean clauseComma = c == '，' && (k == 0 || source.charAt(k - 1) < '０' || source.charAt(k - 1) > '９');
                char folded = clauseComma ? c : CharTable.fold(c);
                if (!Character.isWhitespace(folded)) {
                    expected.append(folded);
                }
            }
            assertEquals(expected.toString(), text.replace(" ", ""), source.toString());
            Positions starts = NormalizedText.of(source.toString()).numberStarts();
            int from = 0;
            for (int k = 0; k < text.length(); k++) {
                if (CharTable.mayStartNumber(text.charAt(k))) {
                    assertEquals(k, starts.atOrAfter(from), source + " at " + k);
                    from = k + 1;
                }
            }
            assertEquals(-1, starts.atOrAfter(from), source.toString());
        }
    }

    /** The name marks NormalizedText notes give the spans NameSpans finds by reading the folded text itself. */
    @Test
    void nameSpansFromTheNotedMarksMatchTheSpansOfTheFoldedText() {
        Random random = new Random(29);
        String alphabet = "《》“”「」『』〈〉‘’。\n！？ \u3000一2a字，";
        for (int round = 0; round < 20000; round++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            NormalizedText normalized = NormalizedText.of(source.toString());
            NameSpans expected = NameSpans.of(normalized.text());
            NameSpans spans = NameSpans.of(normalized.text(), normalized.nameMarks());
            for (int k = 0; k < normalized.length(); k++) {
                assertEquals(expected.isInside(k), spans.isInside(k), source + " at " + k);
            }
        }
    }

    /** Plain decimals read straight off the text have the value BigDecimal gives their string. */
    @Test
    void plainDecimalsReadAsBigDecimalReadsThem() {
        Random random = new Random(17);
        String alphabet = "0123456789.";
        for (int round = 0; round < 20000; round++) {
            StringBuilder digits = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int k = 0; k < length; k++) {
                digits.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = digits.toString();
            String text = "约" + s + "元";
            boolean plain = s.matches("[0-9]+(\\.[0-9]+)?");
            BigDecimal expected = plain ? new BigDecimal(s) : null;
            assertEquals(expected, ArabicNumber.plainDecimal(text, 1, 1 + s.length()), s);
        }
    }

    /** 5.2万 read straight off the text and through the general path (full-width digits) agree. */
    @Test
    void multipliedDecimalsReadAsTheGeneralPathReadsThem() {
        Random random = new Random(19);
        String units = "万亿兆";
        for (int round = 0; round < 5000; round++) {
            String number = random.nextInt(100000) + (random.nextBoolean() ? "." + random.nextInt(1000) : "");
            String numeral = number + units.charAt(random.nextInt(units.length()));
            StringBuilder fullWidth = new StringBuilder();
            for (char c : numeral.toCharArray()) {
                fullWidth.append(CharTable.isAsciiDigit(c) ? (char) (c - '0' + '０') : c);
            }
            assertEquals(ChineseNumerals.parse(fullWidth.toString()), ChineseNumerals.parse(numeral), numeral);
        }
    }

    /** The source offset of each normalized character, recomputed the way NormalizedText.of kept them before. */
    private static int[] referenceOffsets(String source, String normalized) {
        int[] offsets = new int[normalized.length()];
        int size = 0;
        int i = 0;
        while (i < source.length()) {
            if (!Character.isWhitespace(CharTable.fold(source.charAt(i))) || source.charAt(i) == '，') {
                offsets[size++] = i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < source.length() && Character.isWhitespace(CharTable.fold(source.charAt(runEnd)))) {
                runEnd++;
            }
            if (size < normalized.length() && normalized.charAt(size) == ' ') {
                offsets[size++] = i;
            }
            i = runEnd;
        }
        assertEquals(normalized.length(), size, source);
        return offsets;
    }

    /** NameSpans.of as it was before it searched with String.indexOf. */
    private static boolean[] referenceNameSpans(String text) {
        String openers = "《“「『〈‘";
        String closers = "》”」』〉’";
        boolean[] inside = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int kind = openers.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            int close = text.indexOf(closers.charAt(kind), i + 1);
            int limit = kind == 0 || kind == 4 ? 60 : 12;
            boolean crosses = false;
            for (int k = i; k < Math.max(close, i); k++) {
                char c = text.charAt(k);
                crosses |= c == '。' || c == '\n' || c == '！' || c == '？';
            }
            if (close > 0 && close - i - 1 <= limit && !crosses) {
                for (int k = i + 1; k < close; k++) {
                    inside[k] = true;
                }
                i = close;
            }
        }
        return inside;
    }
}
