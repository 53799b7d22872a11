package io.talentatlas.metrics.service.view;

import java.time.OffsetDateTime;

/**
 * The article a number comes from, enough to link to it.
 *
 * @param id          article id
 * @param title       title, or null
 * @param publishedAt publication time, or null when the source gives none
 * @param outlet      outlet, or null
 * @param url         source address, or null
 */
public record ArticleRef(String id, String title, OffsetDateTime publishedAt, String outlet, String url) {
}
