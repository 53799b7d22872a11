package io.talentatlas.ingest.rest;

import io.talentatlas.ingest.service.Document;

/**
 * One entry of a batch request as read from the wire: a document to ingest, or the problem that keeps it out.
 *
 * @param name     the entry's name, or null
 * @param document the document, or null when {@code problem} is set
 * @param problem  why the entry could not even be read, or null
 */
record BatchEntry(String name, Document document, Problem problem) {

    static BatchEntry of(Document document) {
        return new BatchEntry(document.sourceName(), document, null);
    }

    static BatchEntry unreadable(Problem problem) {
        return new BatchEntry(null, null, problem);
    }

    boolean readable() {
        return document != null;
    }
}
