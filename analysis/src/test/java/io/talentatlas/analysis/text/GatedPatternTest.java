package io.talentatlas.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GatedPatternTest {

    /** Stretches of real article text of the lengths the extractor asks about: clause tails, clauses, sentences. */
    private static final List<String> TEXTS = windows();

    @Test
    void theGateRulesOutTextWithoutTheLiterals() {
        GatedPattern company = GatedPattern.compile("\\p{IsHan}{2,20}?(有限公司|集团公司)(?![、和])");
        assertFalse(company.mayMatch("全市引进人才5.2万人"));
        assertTrue(company.mayMatch("大庆油田有限公司引进人才"));
        assertTrue(company.find("大庆油田有限公司引进人才"));
        assertFalse(company.find("有限公司、"), "the gate passes, the regex still decides");
        assertEquals(List.of("有限公司", "集团公司"), company.gateLiterals());
    }

    @Test
    void aRegionOfTheTextIsGatedOnItsOwn() {
        GatedPattern target = GatedPattern.compile("目标|力争");
        String text = "今年目标引进人才4000人，去年引进3000人";
        assertTrue(target.mayMatch(text, 0, 6));
        assertFalse(target.mayMatch(text, 3, text.length()));
        assertFalse(target.mayMatch(text, 0, 3), "a literal cut by the region's end is not there");
    }

    @Test
    void aPatternWithoutLiteralsIsNeverGated() {
        GatedPattern digits = GatedPattern.compile("\\d+[年月]");
        assertTrue(digits.gateLiterals().isEmpty());
        assertTrue(digits.mayMatch("没有数字"));
    }

    /** Every grammar and lexicon regex answers exactly as java.util.regex does, with and without its gate. */
    @ParameterizedTest
    @MethodSource("lexiconRegexes")
    void gatedAnswersAreTheRegexAnswers(String regex) {
        GatedPattern gated = GatedPattern.compile(regex);
        for (String text : TEXTS) {
            Matcher plain = gated.pattern().matcher(text);
            boolean found = plain.find();
            assertEquals(found, gated.find(text), () -> regex + " on " + text);
            if (found) {
                assertTrue(gated.mayMatch(text), () -> "gate closed on a match: " + regex + " on " + text);
            }
        }
    }

    @Test
    void theCharactersOfAWiderTextRuleOutAPatternBeforeAnyTextIsCut() {
        GatedPattern target = GatedPattern.compile("目标|力争");
        String sentence = "今年计划引进人才4000人，去年引进3000人。";
        assertFalse(target.mayOccurIn(CharPresence.of(sentence, 0, sentence.length(), "\uE000 ")));
        assertTrue(target.mayOccurIn(CharPresence.of("今年目标引进人才", 0, 8, "")));
        assertTrue(target.mayOccurIn(null), "no characters known: the pattern may occur");
        assertTrue(target.find("力争引进", null));
    }

    /**
     * The characters of a sentence (plus the extra ones) stand for those of any text cut from it and joined with
     * them: a gate asked with them says no only where the regex finds nothing.
     */
    @ParameterizedTest
    @MethodSource("lexiconRegexes")
    void aSentencesCharactersNeverHideAMatchInATextCutFromIt(String regex) {
        GatedPattern gated = GatedPattern.compile(regex);
        for (String sentence : TEXTS) {
            CharPresence chars = CharPresence.of(sentence, 0, sentence.length(), "\uE000 ");
            int half = sentence.length() / 2;
            List<String> cuts = List.of(sentence, sentence.substring(0, half), sentence.substring(half),
                    sentence.substring(half) + " " + sentence.substring(0, half),
                    sentence.substring(0, half) + "\uE000" + sentence.substring(half));
            for (String cut : cuts) {
                boolean found = gated.pattern().matcher(cut).find();
                assertEquals(found, gated.find(cut, chars), () -> regex + " on " + cut);
                if (found) {
                    assertTrue(gated.mayOccurIn(chars), () -> "gate closed on a match: " + regex + " on " + cut);
                }
            }
        }
    }

    /** A whole-text match is gated like a search: same answer as Matcher.matches(), on short texts and long. */
    @ParameterizedTest
    @MethodSource("lexiconRegexes")
    void gatedWholeMatchesAreTheRegexAnswers(String regex) {
        GatedPattern gated = GatedPattern.compile(regex);
        List<String> texts = new ArrayList<>(TEXTS);
        texts.addAll(List.of("一家", "一名", "两家", "年", "个月", "人", "一", ""));
        for (String text : texts) {
            assertEquals(gated.pattern().matcher(text).matches(), gated.matches(text), () -> regex + " on " + text);
        }
    }

    @Test
    void aWholeMatchNeedsTheLiteralsToo() {
        GatedPattern article = GatedPattern.compile("^一(家|个|名)$");
        assertTrue(article.matches("一家"));
        assertFalse(article.matches("两家"));
        assertFalse(article.matches("一家人"));
    }

    /** Scanning only where a match can start finds the same matches, with the same groups, as Matcher.find(). */
    @ParameterizedTest
    @MethodSource("lexiconRegexes")
    void scannedMatchesAreTheRegexMatches(String regex) {
        GatedPattern gated = GatedPattern.compile(regex);
        for (String text : TEXTS) {
            List<String> expected = new ArrayList<>();
            Matcher plain = gated.pattern().matcher(text);
            while (plain.find()) {
                expected.add(describe(plain));
            }
            List<String> scanned = new ArrayList<>();
            Matcher scan = gated.scanMatcher(text);
            for (int from = 0; gated.nextMatch(scan, text, from); from = GatedPattern.after(scan)) {
                scanned.add(describe(scan));
            }
            assertEquals(expected, scanned, () -> regex + " on " + text);
        }
    }

    private static String describe(Matcher match) {
        StringBuilder groups = new StringBuilder(match.start() + "-" + match.end());
        for (int g = 1; g <= match.groupCount(); g++) {
            groups.append('|').append(match.group(g));
        }
        return groups.toString();
    }

    static Stream<String> lexiconRegexes() {
        List<String> regexes = new ArrayList<>();
        for (String line : lines("/facts/grammar.tsv")) {
            regexes.add(line.split("\t", -1)[1]);
        }
        for (String line : lines("/facts/metrics.tsv")) {
            String[] columns = line.split("\t", -1);
            for (int i = 2; i < columns.length; i++) {
                if (!"-".equals(columns[i])) {
                    regexes.add(columns[i]);
                }
            }
        }
        return regexes.stream();
    }

    static List<String> windows() {
        List<String> windows = new ArrayList<>();
        for (String name : List.of("000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
                "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt")) {
            String text = String.join("\n", read("/eval/seeds/" + name));
            for (int length : new int[] {8, 24, 80}) {
                for (int start = 0; start + length <= text.length(); start += 5) {
                    windows.add(text.substring(start, start + length));
                }
            }
        }
        return windows;
    }

    private static List<String> lines(String resource) {
        return read(resource).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static List<String> read(String resource) {
        try (InputStream in = GatedPatternTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
