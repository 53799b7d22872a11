package io.talentatlas.metrics.service.view;

import java.math.BigDecimal;
import java.util.List;

/**
 * Cities whose figures cover the same period in the same unit, and their sum.
 *
 * @param period        the period all contributions cover
 * @param unit          the unit all contributions share
 * @param total         the sum, or null when the period is unknown, so that "the same period" cannot be told
 * @param qualifier     how exact the total is: exact only when every contribution is exact
 * @param contributions the cities summed
 */
public record RollupGroup(PeriodView period, String unit, BigDecimal total, String qualifier,
        List<Contribution> contributions) {
}
