package io.talentatlas.metrics.service.view;

/**
 * A requested page: number from 0 and size. Validated by the resources (size 1..200).
 *
 * @param page page number, from 0
 * @param size items per page
 */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
    }

    /** The index of the first item on the page. */
    public int offset() {
        return page * size;
    }
}
