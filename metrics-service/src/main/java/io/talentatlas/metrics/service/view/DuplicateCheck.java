package io.talentatlas.metrics.service.view;

/**
 * What the store knows of an article's story, asked by ingest-service before it publishes the article.
 *
 * @param id          the article asked about
 * @param stored      true when this very article (same id) is stored
 * @param duplicateOf the first copy it is (or would be) linked to: its stored link when stored, else the first stored
 *                    near-duplicate; never {@code id} itself; null when it is the first copy
 */
public record DuplicateCheck(String id, boolean stored, String duplicateOf) {
}
