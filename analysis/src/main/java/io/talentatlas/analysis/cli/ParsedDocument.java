package io.talentatlas.analysis.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.talentatlas.events.ArticleFormat;
import io.talentatlas.events.ArticleParsed;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of {@code atlas parse} output. A public, stable format: add fields, never rename them.
 *
 * @param doc         the file name as given on the command line
 * @param id          the article id (hex SHA-256 of the cleaned body)
 * @param title       the title, null when the source has none
 * @param publishedAt publication time with offset, or null
 * @param outlet      the outlet, or null
 * @param authors     the authors
 * @param url         the source URL, or null
 * @param format      the detected source format
 * @param homeRegion  GB/T 2260 code of the home region, or null
 * @param paragraphs  the body's paragraphs, in order
 */
@JsonPropertyOrder({"doc", "id", "title", "publishedAt", "outlet", "authors", "url", "format", "homeRegion",
    "paragraphs"})
record ParsedDocument(String doc, String id, String title, OffsetDateTime publishedAt, String outlet,
        List<String> authors, String url, ArticleFormat format, String homeRegion, List<Text> paragraphs) {

    static ParsedDocument of(String doc, ArticleParsed article) {
        List<Text> paragraphs = article.paragraphs().stream()
                .map(p -> new Text(p.text(article.body()), p.heading()))
                .toList();
        return new ParsedDocument(doc, article.id(), article.title(), article.publishedAt(), article.outlet(),
                article.authors(), article.url(), article.format(), article.homeRegion(), paragraphs);
    }

    /**
     * A paragraph's text.
     *
     * @param text    the paragraph
     * @param heading true for a section heading
     */
    @JsonPropertyOrder({"text", "heading"})
    record Text(String text, boolean heading) {
    }
}
