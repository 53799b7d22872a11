package io.talentatlas.ingest.service;

import io.talentatlas.events.ArticleParsed;

/**
 * A parsed article ready to publish, with its near-duplicate link decided.
 *
 * @param article       the record to publish; {@code duplicateOf} names the story's first copy, or is null
 * @param alreadyStored true when metrics-service already stores this very article (same id): a re-post
 */
record LinkedArticle(ArticleParsed article, boolean alreadyStored) {
}
