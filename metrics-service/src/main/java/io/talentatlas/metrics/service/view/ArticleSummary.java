package io.talentatlas.metrics.service.view;

import java.time.OffsetDateTime;

/**
 * An article in a list.
 *
 * @param id          article id
 * @param title       title, or null
 * @param publishedAt publication time, or null
 * @param outlet      outlet, or null
 * @param url         source address, or null
 * @param homeRegion  the region the article is about, or null
 * @param factCount   facts extracted from it
 */
public record ArticleSummary(String id, String title, OffsetDateTime publishedAt, String outlet, String url,
        String homeRegion, int factCount) {
}
