package io.talentatlas.metrics.rest;

/** Paging defaults and limits shared by the list endpoints. */
final class Paging {

    static final String DEFAULT_SIZE = "20";
    static final int MAX_SIZE = 200;

    private Paging() {
    }
}
