package io.talentatlas.analysis.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionLexiconTest {

    private static final RegionLexicon LEXICON = new RegionLexicon(Gazetteer.instance());

    private static List<String> surfacesAt(String text, int from) {
        return LEXICON.matchesAt(text, from).stream().map(RegionLexicon.Match::surface).toList();
    }

    @Test
    void matchesEverySurfaceOnThePathLongestFirst() {
        assertEquals(List.of("齐齐哈尔市", "齐齐哈尔"), surfacesAt("齐齐哈尔市突出服务", 0));
        assertEquals(List.of("包头稀土高新区", "包头"), surfacesAt("在包头稀土高新区工作", 1));
    }

    @Test
    void keepsTheShorterMatchesWhenTheTextLeavesALongerSurfaceHalfWay() {
        // 齐齐哈尔市 is in the lexicon; the walk goes as far as the text allows and answers what ends on the way.
        assertEquals(List.of("齐齐哈尔"), surfacesAt("齐齐哈尔人", 0));
    }

    @Test
    void matchesCarryTheirMeanings() {
        RegionLexicon.Match match = LEXICON.matchesAt("大庆市", 0).get(0);
        assertEquals(3, match.length());
        assertEquals(List.of(new NameEntry(Gazetteer.instance().byCode("230600").orElseThrow(), NameKind.OFFICIAL)),
                match.entries());
    }

    @Test
    void answersNothingWhereNoSurfaceStarts() {
        assertTrue(surfacesAt("人才工作", 0).isEmpty());
        assertTrue(surfacesAt("大庆", 1).isEmpty());
    }

    @Test
    void nextOpeningSkipsToTheFirstPlaceASurfaceMayStart() {
        String text = "引进人才到大庆工作";
        assertEquals(5, LEXICON.nextOpening(text, 0));
        assertEquals(5, LEXICON.nextOpening(text, 5));
        assertEquals(text.length(), LEXICON.nextOpening(text, 6));
    }

    @Test
    void nextOpeningNeedsTwoCharactersLeft() {
        assertEquals(1, LEXICON.nextOpening("大", 0));
        assertEquals(0, LEXICON.nextOpening("", 0));
        assertEquals(2, LEXICON.nextOpening("大庆", 2));
    }
}
