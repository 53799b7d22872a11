package io.talentatlas.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The record ingest-service publishes to {@code articles.parsed} (key = {@link #id()}) and metrics-service consumes.
 *
 * <p>One definition for both sides: a change here that breaks the wire breaks the golden-sample tests.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} at the time of writing; consumers refuse versions they do not know
 * @param id            SHA-256 (hex) of the normalized body, so the same article sent twice is one article
 * @param title         title as published, or null when the source has none (never invented)
 * @param publishedAt   publication time with offset ({@code +08:00} when the source gives none), or null
 * @param outlet        the publishing outlet (newspaper, site), or null
 * @param authors       reporters and authors, possibly empty
 * @param url           where the article came from, or null
 * @param format        the source format, see {@link ArticleFormat}
 * @param homeRegion    GB/T 2260 code of the region the article is about, or null when it cannot be told
 * @param duplicateOf   id of the first copy when this is a near-duplicate repost, else null
 * @param paragraphs    the body's paragraphs as offsets into {@link #body()}, in order
 * @param body          the cleaned body: paragraphs joined by {@code \n}; evidence spans point into it
 */
public record ArticleParsed(
        int schemaVersion,
        String id,
        String title,
        OffsetDateTime publishedAt,
        String outlet,
        List<String> authors,
        String url,
        ArticleFormat format,
        String homeRegion,
        String duplicateOf,
        List<Paragraph> paragraphs,
        String body) {

    public static final int SCHEMA_VERSION = 1;

    public ArticleParsed {
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** The same article marked as a repost of {@code firstCopyId}. */
    public ArticleParsed withDuplicateOf(String firstCopyId) {
        return new ArticleParsed(schemaVersion, id, title, publishedAt, outlet, authors, url, format, homeRegion,
                firstCopyId, paragraphs, body);
    }
}
