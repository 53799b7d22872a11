package io.talentatlas.metrics.service.view;

/**
 * A catalogue metric.
 *
 * @param key         the key used in facts and URLs
 * @param kind        flow, stock or offer: how its values combine
 * @param displayName a short Chinese name
 */
public record MetricInfo(String key, String kind, String displayName) {
}
