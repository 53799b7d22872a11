package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talentatlas.analysis.regions.RegionResolver;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    private final Bylines bylines = new Bylines(RegionResolver.standard());

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "大庆日报社全媒体记者 徐卫|大庆日报|徐卫",
        "□王新黑龙江日报全媒体记者姚建平|黑龙江日报|王新,姚建平",
        "经济日报记者 吴浩 李明|经济日报|吴浩,李明",
        "记者 郑学良|-|郑学良",
        "本报记者 张三、李四|-|张三,李四",
        "新华社记者 王五|新华社|王五",
        "记者 张三 通讯员 李四|-|张三,李四",
    })
    void readsBylineLines(String line, String outlet, String authors) {
        Bylines.Credit credit = bylines.wholeLine(line).orElseThrow();
        assertEquals(outlet, credit.outlet());
        assertEquals(List.of(authors.split(",")), credit.authors());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "（文章来源：黑龙江日报）|黑龙江日报",
        "来源: 中国有色网|中国有色网",
        "(来源:内蒙古新闻网-《内蒙古日报》)|内蒙古新闻网",
    })
    void readsSourceLines(String line, String outlet) {
        Bylines.Credit credit = bylines.wholeLine(line).orElseThrow();
        assertTrue(credit.source());
        assertEquals(outlet, credit.outlet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"记者了解到", "他对记者说", "据记者从市人社局获悉,全市新增就业岗位3000个。",
        "接受记者采访时,王乐栋动情地说。"})
    void leavesSentencesAboutReportersAlone(String line) {
        assertTrue(bylines.wholeLine(line).isEmpty(), line);
        assertTrue(bylines.trailing(line).isEmpty(), line);
    }

    @Test
    void cutsACreditFromTheEndOfAParagraph() {
        Bylines.Detached detached = bylines.trailing("谱写出新时代人才工作华彩篇章。(草原云·内蒙古新闻网记者 郑学良)")
                .orElseThrow();
        assertEquals("谱写出新时代人才工作华彩篇章。", detached.remainder());
        assertEquals("内蒙古新闻网", detached.credit().outlet());
        assertEquals(List.of("郑学良"), detached.credit().authors());

        Bylines.Detached jingji = bylines.trailing("圆梦之都。(经济日报记者吴浩)").orElseThrow();
        assertEquals("经济日报", jingji.credit().outlet());
        assertEquals(List.of("吴浩"), jingji.credit().authors());
    }

    @Test
    void cutsACreditFromTheStartOfAParagraph() {
        Bylines.Detached detached = bylines.leading("本报讯（记者 张三）近日,全市人才工作会议召开。").orElseThrow();
        assertEquals("近日,全市人才工作会议召开。", detached.remainder());
        assertEquals(List.of("张三"), detached.credit().authors());
    }

    @Test
    void leavesBracketsThatAreNotCreditsAlone() {
        assertTrue(bylines.trailing("对县(市、区)下达指标。").isEmpty());
        assertTrue(bylines.leading("(一)创新产才融合工作机制").isEmpty());
    }
}
