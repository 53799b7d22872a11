package io.talentatlas.metrics.service.view;

import java.util.List;

/**
 * A province's cities' flows summed per period, with coverage.
 *
 * @param province            the province
 * @param metric              a flow metric
 * @param year                the year asked for, or null for each city's latest figure
 * @param groups              one sum per period and unit
 * @param citiesWithoutFigure the province's cities that state no figure for the metric (and year)
 */
public record Rollup(RegionRef province, String metric, Integer year, List<RollupGroup> groups,
        List<RegionRef> citiesWithoutFigure) {
}
