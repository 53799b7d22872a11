package io.talentatlas.metrics.service.view;

import java.util.List;

/**
 * Everything the region page shows, built by the aggregation rules of facts.md.
 *
 * @param region         the region
 * @param parents        its parent chain, nearest first, up to the province
 * @param headline       latest whole-region achievement per catalogue metric (offers excluded)
 * @param offers         what a newcomer is offered ({@code incentive.*}): every figure of the latest article per offer
 * @param targets        plans and goals, latest article per metric, kept apart from achievements
 * @param scoped         figures about named parts of the region, grouped by part
 * @param children       child regions that have facts
 * @param recentArticles the newest articles with facts about the region
 */
public record RegionView(
        RegionRef region,
        List<RegionRef> parents,
        List<FactView> headline,
        List<FactView> offers,
        List<FactView> targets,
        List<ScopeGroup> scoped,
        List<RegionSummary> children,
        List<ArticleRef> recentArticles) {
}
