package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talentatlas.analysis.regions.Gazetteer;
import io.talentatlas.analysis.regions.RegionResolver;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HomeRegionDetectorTest {

    private final HomeRegionDetector detector = new HomeRegionDetector(RegionResolver.standard(), Gazetteer.instance());

    @Test
    void theTitlesMostSpecificPlaceWins() {
        assertEquals(Optional.of("231200"), detector.detect("黑龙江绥化：实施人才兴绥战略", "哈尔滨哈尔滨哈尔滨", null));
        assertEquals(Optional.of("150200"), detector.detect("包头稀土高新区“五链”融合", "", null));
        assertEquals(Optional.of("440305"), detector.detect("深圳市南山区发布人才新政", "", "经济日报"));
    }

    @Test
    void elseTheMostMentionedCityOfTheBody() {
        String body = "成都市出台人才新政。成都将引进人才10万人。绵阳也有新举措。";
        assertEquals(Optional.of("510100"), detector.detect("人才新政出台", body, "经济日报"));
    }

    @Test
    void aProvinceTitleIsNarrowedToItsMostMentionedCity() {
        String body = "哈尔滨出台新政。广州引才。广州留才。哈尔滨育才。哈尔滨用才。";
        assertEquals(Optional.of("230100"), detector.detect("黑龙江人才工作综述", body, null));
        assertEquals(Optional.of("230000"), detector.detect("黑龙江人才工作综述", "广州引才。广州留才。", null));
    }

    @Test
    void elseTheOutletsRegion() {
        assertEquals(Optional.of("230600"), detector.detect(null, "我市人才工作成效显著。", "大庆日报"));
        assertEquals(Optional.of("230000"), detector.detect(null, "全省人才工作成效显著。", "黑龙江日报"));
        assertEquals(Optional.of("150000"), detector.detect(null, "人才工作成效显著。", "草原云"));
    }

    @Test
    void aSingleIncidentalMentionDoesNotBeatTheOutlet() {
        assertEquals(Optional.of("230600"), detector.detect(null, "毕业于哈尔滨工业大学的他来到我市。", "大庆日报"));
        assertEquals(Optional.of("230100"), detector.detect(null, "毕业于哈尔滨工业大学的他来到我市。", "经济日报"));
    }

    @Test
    void nothingTellsNothing() {
        assertTrue(detector.detect(null, "人才工作成效显著。", "经济日报").isEmpty());
        assertTrue(detector.detect(null, "人才工作成效显著。", null).isEmpty());
    }
}
