package io.talentatlas.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets its own problem type and status, with a detail that says what is wrong. */
class BadInputTest {

    private static final ArticleParser PARSER = new ArticleParser();

    private static ParseException refused(byte[] raw, ParseProblem expected) {
        return refused(raw, ParseOptions.defaults(), expected);
    }

    private static ParseException refused(byte[] raw, ParseOptions options, ParseProblem expected) {
        ParseException e = assertThrows(ParseException.class, () -> PARSER.parse(raw, options));
        assertEquals(expected, e.problem());
        assertEquals(expected.type(), e.type());
        assertEquals(expected.title(), e.title());
        assertEquals(expected.status(), e.status());
        assertFalse(e.detail().isBlank());
        return e;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyDocuments() {
        refused(new byte[0], ParseProblem.EMPTY);
        refused(utf8(" \n\r\n\t\u3000 "), ParseProblem.EMPTY);
        assertThrows(ParseException.class, () -> PARSER.parse((String) null, ParseOptions.defaults()));
        assertEquals(422, ParseProblem.EMPTY.status());
    }

    @Test
    void documentsOverTheSizeLimit() {
        byte[] seed = Seeds.bytes("001_ac8ff09426ec5f2e.txt");
        ParseException e = refused(seed, ParseOptions.defaults().withMaxBytes(1000), ParseProblem.TOO_LARGE);
        assertTrue(e.detail().contains(String.valueOf(seed.length)), e.detail());
        assertEquals(413, e.status());

        byte[] huge = new byte[(int) ParseOptions.DEFAULT_MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        refused(huge, ParseProblem.TOO_LARGE);
    }

    @Test
    void binaryData() {
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, ParseProblem.BINARY);
        refused(utf8("%PDF-1.7\n人才"), ParseProblem.BINARY);
        refused(new byte[] {'P', 'K', 3, 4, 20, 0}, ParseProblem.BINARY);
        byte[] seedWithNul = Seeds.bytes("002_aba55b2c8390ab8e.txt").clone();
        seedWithNul[500] = 0;
        ParseException e = refused(seedWithNul, ParseProblem.BINARY);
        assertTrue(e.detail().contains("500"), e.detail());
        assertEquals(415, e.status());
    }

    @Test
    void undecodableBytes() {
        byte[] seed = Seeds.bytes("003_1ab71f5613728c94.txt").clone();
        seed[300] = (byte) 0xFF;
        ParseException broken = refused(seed, ParseProblem.UNDECODABLE);
        // The broken byte sits inside a three-byte character, so the offset is that character's first byte.
        assertTrue(broken.detail().matches(".*at byte (298|299|300) .*"), broken.detail());

        byte[] noise = new byte[400];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + i % 2);
        }
        refused(noise, ParseProblem.UNDECODABLE);
        refused(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x00, (byte) 0xD8}, ParseProblem.UNDECODABLE);
        assertEquals(415, ParseProblem.UNDECODABLE.status());
    }

    @Test
    void htmlWithNoText() {
        refused(utf8("<!DOCTYPE html><html><head><title>首页</title><script>var a = '人才';</script></head>"
                + "<body><nav><a href=\"/\">首页</a><a href=\"/x\">要闻</a></nav><footer>版权所有 © 2024</footer>"
                + "</body></html>"), ParseProblem.NO_TEXT);
        refused(utf8("<html><body><div><img src=\"a.png\"></div></body></html>"), ParseProblem.NO_TEXT);
    }

    @Test
    void postsAndScrapesWithNoBody() {
        refused(utf8("---\ntitle: 标题\ndate: 2022-01-04 07:38:30 +0800\n---\n<p> </p>\n"), ParseProblem.NO_TEXT);
        refused(utf8("返回首页\n分享到\n责任编辑:周大伟\n"), ParseProblem.NO_TEXT);
    }

    @Test
    void frontMatterThatIsNotYaml() {
        ParseException unclosed = refused(utf8("---\ntitle: 标题\n<p>正文内容。</p>\n"), ParseProblem.BAD_FRONT_MATTER);
        assertTrue(unclosed.detail().contains("never closed"), unclosed.detail());
        ParseException broken = refused(utf8("---\ntitle: [未闭合\ndate: 2022\n---\n<p>正文内容。</p>\n"),
                ParseProblem.BAD_FRONT_MATTER);
        assertTrue(broken.detail().startsWith("the front matter is not YAML"), broken.detail());
        refused(utf8("---\n- 一\n- 二\n---\n<p>正文内容。</p>\n"), ParseProblem.BAD_FRONT_MATTER);
        refused(utf8("---\n&a [*a, *a]\n---\n<p>正文内容。</p>\n"), ParseProblem.BAD_FRONT_MATTER);
        assertEquals(422, ParseProblem.BAD_FRONT_MATTER.status());
    }

    @Test
    void detailsStartWithTheSourceName() {
        ParseException e = assertThrows(ParseException.class,
                () -> PARSER.parse(new byte[0], ParseOptions.defaults().withSourceName("upload.html")));
        assertEquals("upload.html: the document has no bytes", e.detail());
        assertEquals(ParseProblem.EMPTY, e.problem());
    }

    @Test
    void aGoodDocumentInALegacyEncodingIsNotRefused() {
        String text = "大庆市人才工作会议召开。\n全市引进人才5.2万人。";
        assertEquals(PARSER.parse(utf8(text), ParseOptions.defaults()).id(),
                PARSER.parse(text.getBytes(Charset.forName("GB18030")), ParseOptions.defaults()).id());
    }
}
