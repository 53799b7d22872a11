package io.talentatlas.metrics.service.view;

import java.math.BigDecimal;

/**
 * One stored fact as views show it: the number, how exact it is, what it covers, and where it was read.
 *
 * @param id        stored fact id
 * @param region    GB/T 2260 code
 * @param scope     named part of the region, or null for the whole region
 * @param metric    catalogue key or {@code other}
 * @param value     the number in base units (the upper bound of a range)
 * @param valueMin  the lower bound of a range, or null
 * @param unit      unit key
 * @param qualifier exact, at_least, approx or up_to
 * @param period    the time covered
 * @param target    true for a plan or goal
 * @param label     the counted thing, as written
 * @param evidence  the sentence the number comes from
 * @param spanStart offset of the number in the article body
 * @param spanEnd   offset after the number
 * @param article   the article the fact comes from
 */
public record FactView(
        long id,
        String region,
        String scope,
        String metric,
        BigDecimal value,
        BigDecimal valueMin,
        String unit,
        String qualifier,
        PeriodView period,
        boolean target,
        String label,
        String evidence,
        int spanStart,
        int spanEnd,
        ArticleRef article) {
}
