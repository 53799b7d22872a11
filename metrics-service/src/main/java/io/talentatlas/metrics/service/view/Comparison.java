package io.talentatlas.metrics.service.view;

/**
 * A ranking of regions on one metric.
 *
 * @param metric  catalogue key
 * @param kind    flow, stock or offer; offers are compared as caps
 * @param level   the region level compared, or null for all
 * @param province the province filter, or null
 * @param ranking regions by latest figure, highest first, ranked within each unit
 */
public record Comparison(String metric, String kind, String level, String province, PageOf<RankedFigure> ranking) {
}
