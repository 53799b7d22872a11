package io.talentatlas.metrics.service.view;

import io.talentatlas.events.Paragraph;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article with its facts; each fact's span points into {@link #body()}, so a client can highlight it.
 *
 * @param id               article id
 * @param title            title, or null
 * @param publishedAt      publication time, or null
 * @param outlet           outlet, or null
 * @param authors          authors
 * @param url              source address, or null
 * @param format           source format
 * @param homeRegion       the region the article is about, or null
 * @param duplicateOf      the first copy's id when this is a repost, else null
 * @param extractorVersion the extractor version the facts come from
 * @param body             the cleaned body
 * @param paragraphs       paragraph offsets into the body
 * @param facts            the facts in text order
 */
public record ArticleDetail(String id, String title, OffsetDateTime publishedAt, String outlet, List<String> authors,
        String url, String format, String homeRegion, String duplicateOf, String extractorVersion, String body,
        List<Paragraph> paragraphs, List<FactView> facts) {
}
