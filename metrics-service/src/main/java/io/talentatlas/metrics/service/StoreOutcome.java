package io.talentatlas.metrics.service;

/**
 * What {@link ArticleStore#store} did with one article.
 *
 * @param articleId        the article id
 * @param status           what changed
 * @param factCount        the number of facts stored for the article after the call
 * @param extractorVersion the extractor version the stored facts come from after the call
 */
public record StoreOutcome(String articleId, Status status, int factCount, String extractorVersion) {

    /** What changed in the database. */
    public enum Status {
        /** A new article: stored with its facts. */
        CREATED,
        /** A known article extracted by a newer extractor: metadata updated, facts replaced. */
        REPLACED,
        /** A redelivery with the same extractor version: nothing written. */
        UNCHANGED,
        /** A delivery extracted by an older extractor than the stored facts: nothing written. */
        KEPT_NEWER
    }

    /** True when the call wrote to the database. */
    public boolean changed() {
        return status == Status.CREATED || status == Status.REPLACED;
    }
}
