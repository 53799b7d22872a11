package io.talentatlas.ingest.service;

import io.talentatlas.analysis.parse.NearDuplicates;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles met earlier in one request, so that a batch carrying two copies of a story links the later one to
 * the first: metrics-service cannot know of either before they are published. Not thread-safe; one per request.
 */
final class RequestCopies {

    private static final NearDuplicates NEAR = new NearDuplicates();

    private final List<Copy> earlier = new ArrayList<>();

    /** The first copy of the story among the earlier articles of the request (never {@code id}), or null. */
    String firstCopyOf(String id, long fingerprint) {
        for (Copy copy : earlier) {
            if (!copy.id().equals(id) && NEAR.near(copy.fingerprint(), fingerprint)) {
                String first = copy.firstCopy() != null ? copy.firstCopy() : copy.id();
                if (!first.equals(id)) {
                    return first;
                }
            }
        }
        return null;
    }

    /** Remembers an article of the request with the first copy it was linked to (or null). */
    void add(String id, long fingerprint, String firstCopy) {
        earlier.add(new Copy(id, fingerprint, firstCopy));
    }

    private record Copy(String id, long fingerprint, String firstCopy) {
    }
}
