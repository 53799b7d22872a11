package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.talentatlas.events.ArticleFormat;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.Paragraph;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins what the parser reads from each seed article, and checks that no chrome is left and no paragraph lost. */
class SeedArticlesTest {

    private static final ArticleParser PARSER = new ArticleParser();
    /** Words of site chrome, editor credits and page furniture that must never reach a body. */
    private static final Pattern CHROME = Pattern.compile("责任编辑|编辑[:：]|版权|Copyright|浏览|返回|分享|举报|声明"
            + "|转载|客户端|http|www\\.|记者|文章来源|□");

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_d558f9b531ea3abf.txt", ArticleFormat.JEKYLL, "依托产业发展优势培养集聚产业创新人才",
                        "2022-01-04T07:38:30+08:00", "黑龙江日报", "王新,姚建平", "230200", 19, 6),
                Arguments.of("001_ac8ff09426ec5f2e.txt", ArticleFormat.TEXT, null, null, "大庆日报", "徐卫",
                        "230600", 26, 3),
                Arguments.of("002_aba55b2c8390ab8e.txt", ArticleFormat.PLAIN_SCRAPE,
                        "包头稀土高新区“五链”融合打造优质人才生态", "2023-01-05T09:31+08:00", "中国有色网", "贾婷婷",
                        "150200", 27, 3),
                Arguments.of("003_1ab71f5613728c94.txt", ArticleFormat.APP_SCRAPE,
                        "【锚定现代化 改革再深化】创新链产业链人才链深度融合 呼和浩特市深化改革“环境留才”",
                        "2024-09-28T09:16+08:00", "内蒙古新闻网", "郑学良", "150100", 53, 6),
                Arguments.of("004_05e16e586b8fd86e.txt", ArticleFormat.JEKYLL, "黑龙江绥化：实施人才兴绥战略助力振兴发展",
                        "2022-05-06T15:52:19+08:00", "经济日报", "吴浩", "231200", 13, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void pinsMetadata(String seed, ArticleFormat format, String title, String publishedAt, String outlet,
            String authors, String homeRegion, int paragraphs, int headings) {
        ArticleParsed article = PARSER.parse(Seeds.bytes(seed), ParseOptions.defaults());
        assertEquals(format, article.format());
        assertEquals(title, article.title());
        assertEquals(publishedAt == null ? null : OffsetDateTime.parse(publishedAt), article.publishedAt());
        assertEquals(outlet, article.outlet());
        assertEquals(Arrays.asList(authors.split(",")), article.authors());
        assertEquals(homeRegion, article.homeRegion());
        assertEquals(paragraphs, article.paragraphs().size());
        assertEquals(headings, article.paragraphs().stream().filter(Paragraph::heading).count());
        assertEquals(ArticleParsed.SCHEMA_VERSION, article.schemaVersion());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "000_d558f9b531ea3abf.txt, http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202201042234468952",
        "001_ac8ff09426ec5f2e.txt, -",
        "002_aba55b2c8390ab8e.txt, -",
        "003_1ab71f5613728c94.txt, -",
        "004_05e16e586b8fd86e.txt, http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202205062370668757",
    })
    void pinsTheArticleLink(String seed, String url) {
        assertEquals(url, PARSER.parse(Seeds.bytes(seed), ParseOptions.defaults()).url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void leavesNoChromeInTheBody(String seed) {
        ArticleParsed article = PARSER.parse(Seeds.bytes(seed), ParseOptions.defaults());
        for (String line : article.body().split("\n")) {
            assertFalse(CHROME.matcher(line).find(), () -> seed + " kept chrome: " + line);
        }
    }

    /** Every sentence of the source that is not chrome or a credit is somewhere in the body. */
    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void losesNoBodySentence(String seed) {
        ArticleParsed article = PARSER.parse(Seeds.bytes(seed), ParseOptions.defaults());
        List<String> sentences = sourceSentences(Seeds.text(seed));
        assertTrue(sentences.size() > 20, "the check must look at many sentences");
        for (String sentence : sentences) {
            assertTrue(article.body().contains(sentence), () -> seed + " lost: " + sentence);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void paragraphsTileTheBody(String seed) {
        ArticleParsed article = PARSER.parse(Seeds.bytes(seed), ParseOptions.defaults());
        String joined = String.join("\n", article.paragraphs().stream().map(p -> p.text(article.body())).toList());
        assertEquals(article.body(), joined);
        assertTrue(article.paragraphs().stream().noneMatch(p -> p.text(article.body()).isBlank()));
        assertEquals(64, article.id().length());
    }

    /**
     * The source's sentences (ended by 。), markup removed, from lines that are neither chrome nor credits,
     * written independently of the parser so the two can disagree.
     */
    private static List<String> sourceSentences(String source) {
        return source.lines()
                .map(line -> line.replaceAll("<[^>]*>", "").replace('\u00A0', ' ').strip())
                .filter(line -> !Pattern.compile("版权|转载|声明|^凡|若据|如需|Copyright").matcher(line).find())
                .flatMap(line -> Arrays.stream(line.split("(?<=。)")))
                .map(sentence -> sentence.replaceAll("[(（][^()（）]*记者[^()（）]*[)）]", "").strip())
                .filter(sentence -> sentence.endsWith("。") && sentence.length() > 8)
                .map(sentence -> sentence.replaceAll("\\s+", " "))
                .toList();
    }
}
