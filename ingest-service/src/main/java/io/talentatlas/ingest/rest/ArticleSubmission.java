package io.talentatlas.ingest.rest;

import jakarta.validation.constraints.NotNull;

/**
 * An article sent as JSON.
 *
 * @param content the raw document: HTML page, Jekyll/Markdown post or plain-text scrape
 * @param url     where it came from, or null
 */
public record ArticleSubmission(@NotNull String content, String url) {
}
