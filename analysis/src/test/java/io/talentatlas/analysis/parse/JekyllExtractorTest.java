package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talentatlas.events.ArticleFormat;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JekyllExtractorTest {

    @Test
    void readsAMarkdownPost() {
        String post = """
                ---
                title: "江苏南京：人才安居新政落地"
                date: 2023-03-02 08:00:00
                author: [张三, 李四]
                source: 新华日报
                url: https://example.com/p/1
                ---
                ## 政策要点

                南京对新引进的博士给予**最高**100万元购房补贴,
                硕士给予30万元。

                **安居先行**

                ![图片](a.png)详见[政策原文](https://example.com/policy)。
                """;
        Extracted post1 = JekyllExtractor.extract(TextNormalizer.normalize(post));
        assertEquals(ArticleFormat.JEKYLL, post1.format());
        assertEquals("江苏南京：人才安居新政落地", post1.title());
        assertEquals(OffsetDateTime.parse("2023-03-02T08:00+08:00"), post1.publishedAt());
        assertEquals(List.of("张三", "李四"), post1.authors());
        assertEquals("新华日报", post1.outlet());
        assertEquals("https://example.com/p/1", post1.url());
        assertEquals(List.of(Block.heading("政策要点"), Block.of("南京对新引进的博士给予最高100万元购房补贴, 硕士给予30万元。"),
                Block.heading("安居先行"), Block.of("详见政策原文。")), post1.blocks());
    }

    @Test
    void keepsTheWrittenOffsetAndTakesTheArticleLinkFromTheBody() {
        Extracted post = JekyllExtractor.extract(Seeds.text("000_d558f9b531ea3abf.txt"));
        assertEquals(OffsetDateTime.parse("2022-01-04T07:38:30+08:00"), post.publishedAt());
        assertEquals("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201042234468952", post.url());
    }

    @Test
    void marksStrongOnlyParagraphsAsHeadings() {
        Extracted post = JekyllExtractor.extract("---\ntitle: t\n---\n<p><strong>下好人才兴绥的“先手棋”</strong></p>"
                + "<p>近日,<strong>绥化</strong>市委组织部宣传推介引才政策。</p>");
        assertTrue(post.blocks().get(0).heading());
        assertFalse(post.blocks().get(1).heading());
    }

    @Test
    void anEmptyFrontMatterIsFine() {
        Extracted post = JekyllExtractor.extract("---\n---\n正文第一段。\n");
        assertEquals(null, post.title());
        assertEquals(List.of(Block.of("正文第一段。")), post.blocks());
    }
}
