package io.talentatlas.ingest.service;

import io.talentatlas.events.ArticleParsed;
import java.time.OffsetDateTime;

/**
 * What a client learns about an article the broker has acknowledged.
 *
 * @param id            the article id (SHA-256 of the normalized body)
 * @param title         the title, or null when the source has none
 * @param publishedAt   the publication time, or null
 * @param outlet        the publishing outlet, or null
 * @param homeRegion    GB/T 2260 code of the region the article is about, or null
 * @param duplicateOf   id of the first copy when the article is a near-duplicate repost of another article (another
 *                      id, never its own), else null
 * @param alreadyStored true when metrics-service already stored this very article (same id) before this request:
 *                      a re-post. False when it is new, or when metrics-service could not be asked
 */
public record IngestReceipt(String id, String title, OffsetDateTime publishedAt, String outlet, String homeRegion,
                            String duplicateOf, boolean alreadyStored) {

    /** The receipt of a parsed and linked article. */
    static IngestReceipt of(LinkedArticle linked) {
        ArticleParsed article = linked.article();
        return new IngestReceipt(article.id(), article.title(), article.publishedAt(), article.outlet(),
                article.homeRegion(), article.duplicateOf(), linked.alreadyStored());
    }
}
