package io.talentatlas.analysis.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneNamesTest {

    /** The text is the part after the place name: {@code extension} is asked from its start. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "科技城的建设|3",
        "人才科创中心|6",
        "经济技术开发区|7",
        "经济开发区|5",
        "开发区|3",
        "产业园区|4",
        "产业园|3",
        "稀土高新技术产业开发区|11",
        "新区|2",
        "市场主体|0",
        "的科技城|0",
        "和新区|0",
        "一二三四五六新区|8",
        "一二三四五六科技城|9",
        "一二三四五六七科技城|0",
        "科技|0",
    })
    void extendsAPlaceNameIntoAZoneName(String after, int expected) {
        assertEquals(expected, ZoneNames.extension(after, 0));
        assertEquals(expected, ZoneNames.extension("呼和浩特" + after, 4));
    }
}
