package io.talentatlas.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @Test
    void alternativesOfWordsAreTheirOwnLiterals() {
        assertEquals(Optional.of(Set.of("全市", "全区", "各类")), RequiredLiterals.of("全市|全区|各类"));
        assertTrue(RequiredLiterals.isPureLiteral("全市|全区|各类"));
    }

    @Test
    void aNameBeforeASuffixPromisesTheSuffix() {
        assertEquals(Optional.of(Set.of("研究院", "研究所")), RequiredLiterals.of("[\\p{IsHan}]{2,14}?(研究院|研究所)"));
        assertFalse(RequiredLiterals.isPureLiteral("[\\p{IsHan}]{2,14}?(研究院|研究所)"));
    }

    @Test
    void lookaroundsConsumeNothingAndAreNoLiteral() {
        assertEquals(Optional.of(Set.of("约", "近")), RequiredLiterals.of("((?<![签预])约|近)$"));
        assertEquals(Optional.of(Set.of("计划")), RequiredLiterals.of("计划(?=[引招])"));
        assertFalse(RequiredLiterals.isPureLiteral("计划(?=[引招])"));
    }

    @Test
    void adjacentAlternativesMultiplyOut() {
        assertEquals(Optional.of(Set.of("该公司", "该企业")), RequiredLiterals.of("该(公司|企业)"));
        assertEquals(Optional.of(Set.of("截至目前", "截止目前")), RequiredLiterals.of("截[至止]目前".replace("[至止]", "(?:至|止)")));
    }

    @Test
    void theMostSelectiveLiteralOfASequenceWins() {
        assertEquals(Optional.of(Set.of("年以来")), RequiredLiterals.of("(?:自|从)?(\\d{4})年以来"));
        assertEquals(Optional.of(Set.of("有限公司")), RequiredLiterals.of("\\p{IsHan}{2,20}?有限公司(?![、和])"));
    }

    @Test
    void quantifiersKeepOrDropTheirLiteral() {
        assertEquals(Optional.of(Set.of("ab")), RequiredLiterals.of("x?(?:ab)+"));
        assertEquals(Optional.of(Set.of("哈哈")), RequiredLiterals.of("哈{2}"));
        assertEquals(Optional.empty(), RequiredLiterals.of("(?:ab)*"));
    }

    @Test
    void noPromiseWhereAnyBranchOrTheWholeCanDoWithout() {
        for (String regex : List.of("今年|\\d{4}", "[，,]+", "^", "a|", "(?i)copyright", "(a)\\1", "\\Qx\\E", ".+x?",
                "(?:年)?")) {
            assertEquals(Optional.empty(), RequiredLiterals.of(regex), regex);
        }
    }

    @Test
    void aMatchStartsWithTheFirstCharactersItCanHave() {
        assertEquals(Optional.of(Set.of('引', '聚', '开')), RequiredLiterals.startChars("引|聚|开展"));
        assertEquals(Optional.of(Set.of('自', '从', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9')),
                RequiredLiterals.startChars("(?:自|从)?(\\d{4})年以来"));
        assertEquals(Optional.of(Set.of('约', '近')), RequiredLiterals.startChars("((?<![签预])约|近)$"));
        assertEquals(Optional.of(Set.of('a', 'b', 'c', 'x')), RequiredLiterals.startChars("[a-c]+y|x"));
    }

    @Test
    void noStartCharactersWhereAMatchCanStartAnywhereOrBeEmpty() {
        for (String regex : List.of("\\p{IsHan}{2}公司", "[^，,]+", "x?", ".+", "\\Gx", "[\\w]x", "(?:年)?")) {
            assertEquals(Optional.empty(), RequiredLiterals.startChars(regex), regex);
        }
    }

    @Test
    void aRegexIsAnchoredWhenEveryAlternativeOpensWithACaret() {
        assertTrue(RequiredLiterals.isAnchoredAtStart("^(今年|去年)?[，,]?公司"));
        assertTrue(RequiredLiterals.isAnchoredAtStart("(^a|^b)c"));
        for (String regex : List.of("^a|b", "a^", "(?<=x)^a", "^?a", "(?:^|x)a", "[\\^]a")) {
            assertFalse(RequiredLiterals.isAnchoredAtStart(regex), regex);
        }
    }

    @Test
    void escapesAreTheirCharacters() {
        assertEquals(Optional.of(Set.of("1+1")), RequiredLiterals.of("1\\+1"));
        assertEquals(Optional.of(Set.of("元/月")), RequiredLiterals.of("元\\/月"));
        assertEquals(Optional.of(Set.of("人")), RequiredLiterals.of("\\u4eba"));
    }
}
