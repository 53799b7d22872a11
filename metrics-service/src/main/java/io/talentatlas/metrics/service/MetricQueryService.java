package io.talentatlas.metrics.service;

import io.talentatlas.metrics.repository.FactQueries;
import io.talentatlas.metrics.service.rules.ComparisonRules;
import io.talentatlas.metrics.service.rules.RollupRules;
import io.talentatlas.metrics.service.view.Comparison;
import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.MetricHistory;
import io.talentatlas.metrics.service.view.MetricInfo;
import io.talentatlas.metrics.service.view.PageOf;
import io.talentatlas.metrics.service.view.PageRequest;
import io.talentatlas.metrics.service.view.RankedFigure;
import io.talentatlas.metrics.service.view.RegionRef;
import io.talentatlas.metrics.service.view.Rollup;
import io.talentatlas.metrics.service.view.RollupGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One metric across time (history), across regions (comparison) and summed over a province (roll-up). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MetricQueryService {

    private final RegionDirectory directory;
    private final MetricCatalogue catalogue;
    private final FactQueries facts;
    private final FactViews factViews;

    public MetricQueryService(RegionDirectory directory, MetricCatalogue catalogue, FactQueries facts,
            FactViews factViews) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.facts = facts;
        this.factViews = factViews;
    }

    /** Every fact of a metric in a region, oldest first. */
    public MetricHistory history(String code, String metric, PageRequest page) {
        RegionRef region = directory.require(code);
        MetricInfo info = catalogue.require(metric);
        List<FactView> items = factViews.of(facts.history(code, metric, page.offset(), page.size()));
        return new MetricHistory(region, metric, info.kind(), PageOf.of(items, page,
                facts.countHistory(code, metric)));
    }

    /** Regions ranked by their latest figure; {@code level} and {@code province} narrow the regions. */
    public Comparison compare(String metric, String level, String province, PageRequest page) {
        MetricInfo info = catalogue.require(metric);
        if (province != null) {
            directory.require(province);
        }
        List<FactView> latest = factViews.of(facts.latestPerRegion(metric, level, province));
        List<RankedFigure> ranking = ComparisonRules.rank(latest, directory::require);
        List<RankedFigure> items = ranking.stream().skip(page.offset()).limit(page.size()).toList();
        return new Comparison(metric, info.kind(), level, province, PageOf.of(items, page, ranking.size()));
    }

    /** A province's cities' flows summed per period; stocks and offers are refused. */
    public Rollup rollup(String provinceCode, String metric, Integer year) {
        RegionRef province = directory.require(provinceCode);
        if (!"province".equals(province.level())) {
            throw new InvalidQueryException(provinceCode + " (" + province.name() + ") is not a province");
        }
        MetricInfo info = catalogue.require(metric);
        if (!"flow".equals(info.kind())) {
            throw new InvalidQueryException(metric + " is a " + info.kind()
                    + ": only flows are summed; stocks and offers never are (compare them instead)");
        }
        Map<String, RegionRef> cities = new LinkedHashMap<>();
        directory.citiesOf(provinceCode).forEach(city -> cities.put(city.code(), city));
        List<FactView> candidates = factViews.of(facts.achievementsIn(metric, List.copyOf(cities.keySet())));
        List<RollupGroup> groups = RollupRules.groups(candidates, cities, year);
        return new Rollup(province, metric, year, groups, RollupRules.citiesWithoutFigure(groups, cities));
    }
}
