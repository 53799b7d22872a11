package io.talentatlas.metrics.service;

import io.talentatlas.events.ArticleFormat;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.metrics.repository.ArticleEntity;

/** Rebuilds the parsed article from its stored row, so that it can be extracted again without re-ingesting. */
final class StoredArticles {

    private StoredArticles() {
    }

    static ArticleParsed toEvent(ArticleEntity stored) {
        return new ArticleParsed(ArticleParsed.SCHEMA_VERSION, stored.id, stored.title, stored.publishedAt,
                stored.outlet, stored.authors, stored.url, ArticleFormat.valueOf(stored.format), stored.homeRegion,
                stored.duplicateOf, stored.paragraphs, stored.body);
    }
}
