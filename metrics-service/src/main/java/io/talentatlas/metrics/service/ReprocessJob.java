package io.talentatlas.metrics.service;

import java.time.OffsetDateTime;

/**
 * The progress of one reprocessing run, as reported by {@code GET /admin/reprocess/{job}}.
 *
 * @param id               job id
 * @param state            running, done or failed
 * @param extractorVersion the version articles are re-extracted with
 * @param force            true when articles already at that version are re-extracted too
 * @param total            stored articles when the job started
 * @param processed        articles looked at so far
 * @param replaced         articles whose facts were replaced
 * @param failed           articles that could not be re-extracted (their facts are left as they were)
 * @param startedAt        start time
 * @param finishedAt       end time, or null while running
 * @param error            why the job stopped, when it failed
 */
public record ReprocessJob(String id, String state, String extractorVersion, boolean force, long total,
        long processed, long replaced, long failed, OffsetDateTime startedAt, OffsetDateTime finishedAt,
        String error) {
}
