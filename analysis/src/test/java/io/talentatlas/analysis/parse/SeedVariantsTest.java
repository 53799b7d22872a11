package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.talentatlas.events.ArticleFormat;
import io.talentatlas.events.ArticleParsed;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same article in another encoding, with other line endings or wrapped in another page is the same article. */
class SeedVariantsTest {

    private static final ArticleParser PARSER = new ArticleParser();
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static ArticleParsed parse(byte[] raw) {
        return PARSER.parse(raw, ParseOptions.defaults());
    }

    private static void assertSameArticle(ArticleParsed expected, ArticleParsed actual) {
        assertEquals(expected.body(), actual.body());
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.paragraphs(), actual.paragraphs());
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.publishedAt(), actual.publishedAt());
        assertEquals(expected.outlet(), actual.outlet());
        assertEquals(expected.authors(), actual.authors());
        assertEquals(expected.homeRegion(), actual.homeRegion());
    }

    /** GBK, or GB18030 (its superset) for a seed with a character GBK lacks (003 has NBSP and ©). */
    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void gbkCopyIsTheSameArticle(String seed) {
        String text = Seeds.text(seed);
        Charset charset = GBK.newEncoder().canEncode(text) ? GBK : GB18030;
        assertSameArticle(parse(Seeds.bytes(seed)), parse(text.getBytes(charset)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void crlfCopyIsTheSameArticle(String seed) {
        String crlf = Seeds.text(seed).replace("\n", "\r\n");
        assertSameArticle(parse(Seeds.bytes(seed)), parse(crlf.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void utf8BomCopyIsTheSameArticle(String seed) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] raw = Seeds.bytes(seed);
        byte[] withBom = new byte[raw.length + 3];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(raw, 0, withBom, 3, raw.length);
        assertSameArticle(parse(raw), parse(withBom));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void utf16CopiesWithBomAreTheSameArticle(String seed) {
        ArticleParsed utf8 = parse(Seeds.bytes(seed));
        byte[] littleEndian = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, Seeds.text(seed),
                StandardCharsets.UTF_16LE);
        byte[] bigEndian = withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, Seeds.text(seed),
                StandardCharsets.UTF_16BE);
        assertSameArticle(utf8, parse(littleEndian));
        assertSameArticle(utf8, parse(bigEndian));
    }

    /** The text encoded in {@code charset} (which writes no byte-order mark itself) after the given mark. */
    private static byte[] withPrefix(byte[] bom, String text, Charset charset) {
        byte[] encoded = text.getBytes(charset);
        byte[] raw = new byte[bom.length + encoded.length];
        System.arraycopy(bom, 0, raw, 0, bom.length);
        System.arraycopy(encoded, 0, raw, bom.length, encoded.length);
        return raw;
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void fullWidthDigitsAndLettersCopyIsTheSameArticle(String seed) {
        StringBuilder wide = new StringBuilder();
        for (char c : Seeds.text(seed).toCharArray()) {
            boolean alnum = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            wide.append(alnum ? (char) (c + 0xFEE0) : c);
        }
        ArticleParsed original = parse(Seeds.bytes(seed));
        ArticleParsed widened = parse(wide.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(original.body(), widened.body());
        assertEquals(original.id(), widened.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_d558f9b531ea3abf.txt", "001_ac8ff09426ec5f2e.txt", "002_aba55b2c8390ab8e.txt",
        "003_1ab71f5613728c94.txt", "004_05e16e586b8fd86e.txt"})
    void seedWrappedInAFullHtmlPageIsTheSameArticle(String seed) {
        ArticleParsed original = parse(Seeds.bytes(seed));
        ArticleParsed wrapped = parse(HtmlPageWrapper.wrap(Seeds.text(seed), original)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(ArticleFormat.HTML, wrapped.format());
        assertSameArticle(original, wrapped);
    }

    @Test
    void appScrapeWithoutItsBannerIsTheSameArticle() {
        String seed = "003_1ab71f5613728c94.txt";
        String withoutBanner = Pattern.compile("\\A新浪新闻客户端\\n+").matcher(Seeds.text(seed)).replaceFirst("");
        ArticleParsed original = parse(Seeds.bytes(seed));
        ArticleParsed bannerless = parse(withoutBanner.getBytes(StandardCharsets.UTF_8));
        assertEquals(ArticleFormat.APP_SCRAPE, bannerless.format());
        assertSameArticle(original, bannerless);
    }

    @Test
    void gbkCopyOfTheWrappedPageDeclaringItsCharsetIsTheSameArticle() {
        String seed = "002_aba55b2c8390ab8e.txt";
        ArticleParsed original = parse(Seeds.bytes(seed));
        String page = HtmlPageWrapper.wrap(Seeds.text(seed), original).replace("charset=\"utf-8\"", "charset=\"gbk\"");
        assertSameArticle(original, parse(page.getBytes(GBK)));
    }
}
