package io.talentatlas.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An answer from metrics-service as the gateway serves it.
 *
 * @param body      the JSON metrics-service gave
 * @param fetchedAt when metrics-service gave it
 * @param stale     true when metrics-service could not be reached and this is the last good answer
 */
public record Answer(JsonNode body, Instant fetchedAt, boolean stale) {

    /** The same answer, marked stale. */
    public Answer asStale() {
        return new Answer(body, fetchedAt, true);
    }
}
