package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapeHeaderTest {

    @Test
    void readsALabelledHeader() {
        ScrapeHeader header = ScrapeHeader.read(List.of("包头稀土高新区“五链”融合打造优质人才生态",
                "2023年01月05日 9:31 6932次浏览 来源: 中国有色网 分类: 稀土 作者: 贾婷婷", "正文。")).orElseThrow();
        assertEquals("包头稀土高新区“五链”融合打造优质人才生态", header.title());
        assertEquals(OffsetDateTime.parse("2023-01-05T09:31+08:00"), header.publishedAt());
        assertEquals("中国有色网", header.outlet());
        assertEquals(List.of("贾婷婷"), header.authors());
        assertFalse(header.appStyle());
        assertEquals(2, header.bodyStart());
    }

    @Test
    void readsAnAppHeaderWithBannerAndRepeatedTitle() {
        ScrapeHeader header = ScrapeHeader.read(List.of("新浪新闻客户端", "", "标题", "", "标题",
                "2024年09月28日 09:16 内蒙古新闻网-《内蒙古日报", "", "  正文。")).orElseThrow();
        assertEquals("标题", header.title());
        assertEquals("内蒙古新闻网", header.outlet());
        assertTrue(header.appStyle());
        assertEquals(6, header.bodyStart());
    }

    @Test
    void readsAnOutletOnItsOwnLineBeforeTheDate() {
        ScrapeHeader header = ScrapeHeader.read(List.of("新浪新闻客户端", "呼和浩特市深化改革“环境留才”", "内蒙古日报",
                "2024年09月28日 09:16", "正文。")).orElseThrow();
        assertEquals("呼和浩特市深化改革“环境留才”", header.title());
        assertEquals("内蒙古日报", header.outlet());
        assertTrue(header.appStyle());
    }

    @Test
    void readsALabelledDateWithoutTime() {
        ScrapeHeader header = ScrapeHeader.read(List.of("标题", "发布日期:2023-06-01 来源:成都日报", "正文。"))
                .orElseThrow();
        assertEquals(OffsetDateTime.parse("2023-06-01T00:00+08:00"), header.publishedAt());
        assertEquals("成都日报", header.outlet());
    }

    @Test
    void textThatOpensWithProseHasNoHeader() {
        assertTrue(ScrapeHeader.read(List.of("2022年以来,内蒙古包头稀土高新区秉承新理念。", "第二段。")).isEmpty());
        assertTrue(ScrapeHeader.read(List.of("人才队伍不断壮大,近三年引进人才5.2万人,全市人才总量达到49.7万人;",
                "2023年1月5日 9:31")).isEmpty());
        assertTrue(ScrapeHeader.read(List.of("人".repeat(101), "2023年1月5日 9:31")).isEmpty());
    }
}
