package io.talentatlas.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralIndexTest {

    private static final String JOINERS = "\uE000 ";

    @Test
    void aPatternWithoutAWholeLiteralInTheSentenceIsRuledOut() {
        GatedPattern target = GatedPattern.compile("目标|力争");
        GatedPattern talent = GatedPattern.compile("引进[^，]{0,6}人才");
        LiteralIndex index = LiteralIndex.of(List.of(target, talent), JOINERS);
        String sentence = "今年力引进人才4000人，目前标准不变。";
        CharPresence presence = index.presence(sentence, 0, sentence.length(), JOINERS);
        assertFalse(target.mayOccurIn(presence), "目 and 力 occur, but neither 目标 nor 力争");
        assertTrue(target.mayOccurIn(CharPresence.of(sentence, 0, sentence.length(), JOINERS)),
                "the characters alone cannot tell");
        assertTrue(talent.mayOccurIn(presence));
        assertTrue(talent.find("引进人才", presence));
    }

    @Test
    void literalsInsideOrOverlappingOthersAreAllFound() {
        GatedPattern outer = GatedPattern.compile("人才引进");
        GatedPattern inner = GatedPattern.compile("才引");
        GatedPattern overlapping = GatedPattern.compile("引进人");
        GatedPattern suffix = GatedPattern.compile("进");
        GatedPattern absent = GatedPattern.compile("人才引进计划");
        LiteralIndex index = LiteralIndex.of(List.of(outer, inner, overlapping, suffix, absent), JOINERS);
        String sentence = "高层次人才引进人数";
        CharPresence presence = index.presence(sentence, 0, sentence.length(), "");
        assertTrue(outer.mayOccurIn(presence));
        assertTrue(inner.mayOccurIn(presence));
        assertTrue(overlapping.mayOccurIn(presence), "starts inside the match of another literal");
        assertTrue(suffix.mayOccurIn(presence), "ends where a longer literal ends");
        assertFalse(absent.mayOccurIn(presence), "a prefix of the literal is not the literal");
    }

    @Test
    void onlyTheGivenRangeOfTheTextCounts() {
        GatedPattern target = GatedPattern.compile("目标");
        LiteralIndex index = LiteralIndex.of(List.of(target), JOINERS);
        String text = "今年目标引进人才。去年引进3000人。";
        assertFalse(target.mayOccurIn(index.presence(text, 3, text.length(), "")), "cut through the literal");
        assertTrue(target.mayOccurIn(index.presence(text, 0, 9, "")));
    }

    @Test
    void aPatternWithAJoinerInALiteralOrOutsideTheIndexFallsBackToTheCharacters() {
        GatedPattern markSpanning = GatedPattern.compile("第\uE000名");
        GatedPattern notIndexed = GatedPattern.compile("目标");
        LiteralIndex index = LiteralIndex.of(List.of(markSpanning), JOINERS);
        String sentence = "排名第3名，目标";
        CharPresence presence = index.presence(sentence, 0, sentence.length(), JOINERS);
        assertEquals(-1, presence.holdsLiteralOf(markSpanning));
        assertTrue(markSpanning.find("排名第\uE000名", presence));
        assertEquals(-1, presence.holdsLiteralOf(notIndexed));
        assertTrue(notIndexed.mayOccurIn(presence));
    }

    @Test
    void onlyTheCharactersAreKeptForATextThatJoinsPiecesDirectly() {
        GatedPattern joined = GatedPattern.compile("人才");
        LiteralIndex index = LiteralIndex.of(List.of(joined), JOINERS);
        String sentence = "引进人3名才俊";
        CharPresence presence = index.presence(sentence, 0, sentence.length(), JOINERS);
        assertFalse(joined.mayOccurIn(presence));
        String cut = sentence.substring(0, 3) + sentence.substring(5);
        assertTrue(joined.find(cut, presence.charsOnly()), "人 and 才 meet only in the joined text");
    }

    /**
     * An index of every grammar and lexicon regex, asked for real sentences, says no only where the regex finds
     * nothing in any text cut from the sentence and joined with the joiners.
     */
    @Test
    void theIndexNeverHidesAMatchInATextCutFromTheSentence() {
        List<GatedPattern> patterns = GatedPatternTest.lexiconRegexes().map(GatedPattern::compile).toList();
        LiteralIndex index = LiteralIndex.of(patterns, JOINERS);
        List<String> sentences = GatedPatternTest.windows();
        // Every third window: the windows overlap, and all of them take the test many seconds.
        for (int w = 0; w < sentences.size(); w += 3) {
            String sentence = sentences.get(w);
            CharPresence presence = index.presence(sentence, 0, sentence.length(), JOINERS);
            int half = sentence.length() / 2;
            List<String> cuts = List.of(sentence, sentence.substring(0, half), sentence.substring(half),
                    sentence.substring(half) + " " + sentence.substring(0, half),
                    sentence.substring(0, half) + "\uE000" + sentence.substring(half));
            for (GatedPattern pattern : patterns) {
                for (String cut : cuts) {
                    boolean found = pattern.pattern().matcher(cut).find();
                    assertEquals(found, pattern.find(cut, presence), () -> pattern + " on " + cut);
                    if (found) {
                        assertTrue(pattern.mayOccurIn(presence), () -> "gate closed on a match: " + pattern);
                    }
                }
            }
        }
    }
}
