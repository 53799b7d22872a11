package io.talentatlas.metrics.service.view;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items      the items on this page
 * @param page       page number, from 0
 * @param size       requested page size
 * @param totalItems items across all pages
 * @param totalPages number of pages
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** A page built from its items and the total count. */
    public static <T> PageOf<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageOf<>(List.copyOf(items), request.page(), request.size(), totalItems, pages);
    }
}
