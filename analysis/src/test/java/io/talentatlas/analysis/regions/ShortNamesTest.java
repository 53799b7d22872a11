package io.talentatlas.analysis.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortNamesTest {

    @ParameterizedTest
    @CsvSource({
        "230600, 大庆",
        "230200, 齐齐哈尔",
        "150100, 呼和浩特",
        "150200, 包头",
        "150000, 内蒙古",
        "450000, 广西",
        "650000, 新疆",
        "540000, 西藏",
        "230000, 黑龙江",
        "110000, 北京",
        "222400, 延边",
        "422800, 恩施",
        "652700, 博尔塔拉",
        "152500, 锡林郭勒",
        "232700, 大兴安岭",
        "150123, 和林格尔",
        "150203, 昆都仑",
    })
    void stripsSuffixes(String code, String expected) {
        Region region = Gazetteer.instance().byCode(code).orElseThrow();
        assertEquals(expected, ShortNames.of(region).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        "150102, 新城区: a two-character district stem is a common word",
        "150204, 青山区: same",
        "513222, 理县: one character left is no name",
        "110100, 市辖区: a grouping row, not a place",
    })
    void givesNoShortNameWhenTheStemIsTooWeak(String code, String why) {
        Region region = Gazetteer.instance().byCode(code).orElseThrow();
        assertEquals(Optional.empty(), ShortNames.of(region), why);
    }
}
