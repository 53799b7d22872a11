package io.talentatlas.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the wire format of {@link ArticleParsed}: the golden sample is what consumers of any version must read,
 * and what the current record writes. A change that breaks the wire breaks this test.
 */
class ArticleParsedWireTest {

    private static final String GOLDEN = "/golden/article-parsed-v1.json";
    private final ObjectMapper mapper = EventJson.mapper();

    @Test
    void readsTheGoldenSample() throws IOException {
        ArticleParsed article = readGolden();

        assertEquals(ArticleParsed.SCHEMA_VERSION, article.schemaVersion());
        assertEquals("231200", article.homeRegion());
        assertEquals(ArticleFormat.JEKYLL, article.format());
        assertEquals(OffsetDateTime.of(2022, 5, 6, 15, 52, 19, 0, ZoneOffset.ofHours(8)), article.publishedAt());
        assertEquals(ZoneOffset.ofHours(8), article.publishedAt().getOffset(), "the offset must survive reading");
        assertEquals(List.of("张三"), article.authors());
        assertEquals("下好人才兴绥的“先手棋”", article.paragraphs().get(0).text(article.body()));
        assertEquals(true, article.paragraphs().get(0).heading());
        assertEquals("今年，绥化确立了引进各类人才4000人的全年工作目标。", article.paragraphs().get(1).text(article.body()));
    }

    @Test
    void writesWhatItReads() throws IOException {
        ArticleParsed article = readGolden();

        JsonNode written = mapper.readTree(mapper.writeValueAsString(article));

        assertEquals(goldenTree(), written);
    }

    @Test
    void nullListsBecomeEmpty() {
        ArticleParsed article = new ArticleParsed(1, "id", null, null, null, null, null, ArticleFormat.TEXT, null,
                null, null, "");

        assertEquals(List.of(), article.authors());
        assertEquals(List.of(), article.paragraphs());
    }

    @Test
    void paragraphOffsetsMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(5, 4, false));
        assertThrows(IllegalArgumentException.class, () -> new Paragraph(-1, 4, false));
    }

    @Test
    void duplicateLinkKeepsEverythingElse() throws IOException {
        ArticleParsed article = readGolden();

        ArticleParsed repost = article.withDuplicateOf("first");

        assertEquals("first", repost.duplicateOf());
        assertEquals(article.body(), repost.body());
        assertEquals(article.id(), repost.id());
    }

    private ArticleParsed readGolden() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            return mapper.readValue(in, ArticleParsed.class);
        }
    }

    private JsonNode goldenTree() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
            return mapper.readTree(in);
        }
    }
}
