package io.talentatlas.metrics.service.view;

/**
 * Every fact about one metric in one region, oldest first.
 *
 * @param region the region
 * @param metric catalogue key
 * @param kind   flow, stock or offer
 * @param facts  the facts, oldest article first (undated articles first), with article and evidence
 */
public record MetricHistory(RegionRef region, String metric, String kind, PageOf<FactView> facts) {
}
