package io.talentatlas.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.function.Function;

/**
 * An answer from metrics-service as the gateway serves it: the JSON metrics-service gave, when it gave it, and
 * whether it is standing in for an answer metrics-service could not give now (stale). Immutable, except for a memo
 * of its HTTP representation, so that a cached answer is serialized and hashed once, not on every hit.
 */
public final class Answer {

    private final JsonNode body;
    private final Instant fetchedAt;
    private final boolean stale;
    private volatile Object representation;

    public Answer(JsonNode body, Instant fetchedAt, boolean stale) {
        this.body = body;
        this.fetchedAt = fetchedAt;
        this.stale = stale;
    }

    /** The JSON metrics-service gave. */
    public JsonNode body() {
        return body;
    }

    /** When metrics-service gave it. */
    public Instant fetchedAt() {
        return fetchedAt;
    }

    /** True when metrics-service could not be reached and this is the last good answer. */
    public boolean stale() {
        return stale;
    }

    /** The same answer, marked stale. */
    public Answer asStale() {
        return new Answer(body, fetchedAt, true);
    }

    /**
     * This answer's representation of {@code type}, made by {@code render} the first time it is asked for. Two
     * threads may both render it once; both results are equal, so the race is harmless and needs no lock.
     */
    public <T> T representation(Class<T> type, Function<Answer, T> render) {
        Object made = representation;
        if (!type.isInstance(made)) {
            made = render.apply(this);
            representation = made;
        }
        return type.cast(made);
    }
}
