package io.talentatlas.metrics.service;

import io.talentatlas.metrics.repository.ArticleQueries;
import io.talentatlas.metrics.repository.FactQueries;
import io.talentatlas.metrics.repository.RegionStatsQueries;
import io.talentatlas.metrics.repository.RegionStatsQueries.RegionFilter;
import io.talentatlas.metrics.repository.RegionStatsQueries.RegionStats;
import io.talentatlas.metrics.service.rules.RegionViewRules;
import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.PageOf;
import io.talentatlas.metrics.service.view.PageRequest;
import io.talentatlas.metrics.service.view.RegionRef;
import io.talentatlas.metrics.service.view.RegionSummary;
import io.talentatlas.metrics.service.view.RegionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Builds the region list and the region page from stored facts, following the aggregation rules. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionViewService {

    private static final int RECENT_ARTICLES = 10;
    private static final int MAX_CHILDREN = 200;

    private final RegionDirectory directory;
    private final FactQueries facts;
    private final ArticleQueries articles;
    private final RegionStatsQueries stats;
    private final FactViews factViews;

    public RegionViewService(RegionDirectory directory, FactQueries facts, ArticleQueries articles,
            RegionStatsQueries stats, FactViews factViews) {
        this.directory = directory;
        this.facts = facts;
        this.articles = articles;
        this.stats = stats;
        this.factViews = factViews;
    }

    /** Regions with facts, by code. */
    public PageOf<RegionSummary> regions(String level, String province, PageRequest page) {
        RegionFilter filter = new RegionFilter(level, province, null);
        List<RegionSummary> items = stats.regionsWithFacts(filter, page.offset(), page.size()).stream()
                .map(RegionViewService::summary).toList();
        return PageOf.of(items, page, stats.countRegionsWithFacts(filter));
    }

    /** The region page of a known region (an unknown code is {@link UnknownRegionException}). */
    public RegionView view(String code) {
        RegionRef region = directory.require(code);
        List<FactView> latest = factViews.of(facts.latestOfRegion(code));
        List<RegionSummary> children = stats.regionsWithFacts(new RegionFilter(null, null, code), 0, MAX_CHILDREN)
                .stream().map(RegionViewService::summary).toList();
        return new RegionView(region, directory.parents(code),
                RegionViewRules.headline(latest), RegionViewRules.offers(latest), RegionViewRules.targets(latest),
                RegionViewRules.scoped(latest), children,
                FactViews.refs(articles.recentAbout(code, RECENT_ARTICLES)));
    }

    private static RegionSummary summary(RegionStats row) {
        return new RegionSummary(row.code(), row.name(), row.level(), row.parent(), row.articleCount(),
                row.factCount(), row.lastArticleAt());
    }
}
