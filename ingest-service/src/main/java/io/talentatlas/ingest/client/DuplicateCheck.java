package io.talentatlas.ingest.client;

/**
 * metrics-service's answer to {@link MetricsClient#duplicateCheck}.
 *
 * @param id          the article asked about
 * @param stored      true when metrics-service already stores this very article (same id)
 * @param duplicateOf the first stored copy of the same story (never {@code id} itself), or null
 */
public record DuplicateCheck(String id, boolean stored, String duplicateOf) {

    /** What intake assumes when metrics-service could not be asked: nothing known. */
    public static DuplicateCheck unknown(String id) {
        return new DuplicateCheck(id, false, null);
    }
}
