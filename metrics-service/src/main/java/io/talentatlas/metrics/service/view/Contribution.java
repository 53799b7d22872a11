package io.talentatlas.metrics.service.view;

/**
 * One city's figure in a province roll-up.
 *
 * @param region the city
 * @param fact   the figure, with article and evidence
 */
public record Contribution(RegionRef region, FactView fact) {
}
