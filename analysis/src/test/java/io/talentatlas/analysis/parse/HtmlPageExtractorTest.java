package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talentatlas.events.ArticleFormat;
import io.talentatlas.events.ArticleParsed;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageExtractorTest {

    private static final ArticleParser PARSER = new ArticleParser();

    /** A government page as many are still served: GB2312, tables, a long menu, a link list beside the article. */
    private static final String GOV_PAGE = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>成都市出台人才新政 最高给予300万元资助_成都市人民政府门户网站</title>
            <meta name="PubDate" content="2023-06-01 10:20">
            <meta name="author" content="李华">
            <link rel="canonical" href="https://www.chengdu.gov.cn/a/123.html"></head>
            <body><table width="100%"><tr><td class="top-menu"><a href="/">首页</a> | <a href="/zw">政务公开</a> |
            <a href="/bs">办事服务</a> | <a href="/hd">互动交流</a></td></tr></table>
            <table><tr><td class="left-list"><ul><li><a href="/1">关于开展2023年度人才评选工作的通知</a></li>
            <li><a href="/2">成都市人力资源和社会保障局2023年工作要点</a></li></ul></td>
            <td id="zoom"><h1>成都市出台人才新政 最高给予300万元资助</h1>
            <p>发布时间:2023-06-01 10:20 来源:成都日报</p>
            <p>近日,成都市出台《关于进一步支持人才创新创业的若干措施》,对顶尖人才团队最高给予300万元资助。</p>
            <p><strong>加大青年人才支持力度</strong></p>
            <p>新政明确,对新落户的本科及以上学历青年人才,给予每月1500元租房补贴,最长3年。</p>
            <p>据了解,近三年成都累计引进各类人才60万人,人才总量达到622万人。</p></td></tr></table>
            <div class="footer">主办:成都市人民政府办公厅 版权所有 网站标识码5101000001</div></body></html>
            """;

    @Test
    void readsAGbkGovernmentPage() {
        ArticleParsed article = PARSER.parse(GOV_PAGE.getBytes(Charset.forName("GBK")), ParseOptions.defaults());
        assertEquals(ArticleFormat.HTML, article.format());
        assertEquals("成都市出台人才新政 最高给予300万元资助", article.title());
        assertEquals(OffsetDateTime.parse("2023-06-01T10:20+08:00"), article.publishedAt());
        assertEquals(List.of("李华"), article.authors());
        assertEquals("https://www.chengdu.gov.cn/a/123.html", article.url());
        assertEquals("510100", article.homeRegion());
        List<String> paragraphs = article.paragraphs().stream().map(p -> p.text(article.body())).toList();
        assertEquals(List.of(
                "近日,成都市出台《关于进一步支持人才创新创业的若干措施》,对顶尖人才团队最高给予300万元资助。",
                "加大青年人才支持力度",
                "新政明确,对新落户的本科及以上学历青年人才,给予每月1500元租房补贴,最长3年。",
                "据了解,近三年成都累计引进各类人才60万人,人才总量达到622万人。"), paragraphs);
        assertTrue(article.paragraphs().get(1).heading());
    }

    @Test
    void keepsAnArticleSplitOverSiblingContainersTogether() {
        String page = "<html><head><title>四川成都人才新政</title></head><body><div class=\"content\">"
                + "<div class=\"lead\"><p>成都市出台新一轮人才政策,聚焦产业建圈强链,面向全球招引急需紧缺人才。</p></div>"
                + "<div class=\"text\"><p>新政明确,对顶尖人才团队给予最高300万元资助,对青年人才给予租房补贴。</p>"
                + "<p>近三年成都累计引进各类人才60万人,人才总量达到622万人,居全国前列。</p>"
                + "<p>成都还将建设人才公寓1万套,为新引进人才提供安居保障和子女入学便利。</p></div>"
                + "<div class=\"promo\"><p>扫码关注</p></div></div>"
                + "<div class=\"sidebar\"><p>今日天气晴,气温二十五度。</p></div></body></html>";
        ArticleParsed article = PARSER.parse(page, ParseOptions.defaults());
        assertEquals(4, article.paragraphs().size());
        assertTrue(article.body().startsWith("成都市出台新一轮人才政策"));
        assertTrue(article.body().endsWith("子女入学便利。"));
    }

    @Test
    void optionsUrlWinsOverTheCanonicalLink() {
        ArticleParsed article = PARSER.parse(GOV_PAGE, ParseOptions.defaults().withUrl("https://mirror.example/1"));
        assertEquals("https://mirror.example/1", article.url());
    }

    @Test
    void aBareHtmlFragmentIsHtmlToo() {
        ArticleParsed article = PARSER.parse("<div><p>苏州工业园区引进人才3000人。</p><p>新增创新团队12个。</p></div>",
                ParseOptions.defaults());
        assertEquals(ArticleFormat.HTML, article.format());
        assertEquals("苏州工业园区引进人才3000人。\n新增创新团队12个。", article.body());
        assertEquals("320500", article.homeRegion());
    }
}
