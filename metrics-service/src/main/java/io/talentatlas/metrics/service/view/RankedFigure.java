package io.talentatlas.metrics.service.view;

/**
 * One region's place in a comparison.
 *
 * @param rank        1 for the highest figure among regions reporting the same unit
 * @param region      the region
 * @param fact        its latest whole-region figure, with qualifier, period and evidence
 * @param exactValue  false when the figure is a bound or an estimate (at_least, approx, or up_to for a flow or
 *                    stock), so the region's true place may differ from its rank
 */
public record RankedFigure(int rank, RegionRef region, FactView fact, boolean exactValue) {
}
