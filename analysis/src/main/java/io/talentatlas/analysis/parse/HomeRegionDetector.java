package io.talentatlas.analysis.parse;

import io.talentatlas.analysis.regions.Gazetteer;
import io.talentatlas.analysis.regions.Region;
import io.talentatlas.analysis.regions.RegionContext;
import io.talentatlas.analysis.regions.RegionLevel;
import io.talentatlas.analysis.regions.RegionMention;
import io.talentatlas.analysis.regions.RegionResolver;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which region an article is about (its home region, what 我市 means): the most specific place in the title;
 * else the prefecture-level city the body mentions most (at least twice, or once when nothing else helps); else the
 * region of the outlet ({@code 大庆日报} → 大庆市, {@code 黑龙江日报} → 黑龙江省). A title that names only a
 * province is narrowed to the city of that province the body mentions most.
 */
public final class HomeRegionDetector {

    private final RegionResolver resolver;
    private final Gazetteer gazetteer;
    private final Outlets outlets;

    /** A detector over the given resolver and gazetteer. */
    public HomeRegionDetector(RegionResolver resolver, Gazetteer gazetteer) {
        this.resolver = resolver;
        this.gazetteer = gazetteer;
        this.outlets = new Outlets(resolver);
    }

    /** The GB/T 2260 code of the article's home region, empty when nothing tells. */
    public Optional<String> detect(String title, String body, String outlet) {
        Optional<Region> fromTitle = mostSpecific(title);
        if (fromTitle.isPresent() && fromTitle.get().level() != RegionLevel.PROVINCE) {
            return fromTitle.map(Region::code);
        }
        String province = fromTitle.map(Region::code).orElse(null);
        Optional<String> outletRegion = outlets.regionOf(outlet);
        Optional<CityCount> city = mostMentionedCity(body, province);
        boolean convincing = city.isPresent() && (city.get().count() >= 2 || outletRegion.isEmpty());
        if (convincing) {
            return Optional.of(city.get().city().code());
        }
        return Optional.ofNullable(province).or(() -> outletRegion);
    }

    private Optional<Region> mostSpecific(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Optional<Region> standalone = mostSpecific(resolver.mentions(title, RegionContext.none()));
        // A second pass in the context of what the title names resolves 南山区 after 深圳市.
        return standalone.flatMap(region -> mostSpecific(resolver.mentions(title, RegionContext.of(region.code()))))
                .or(() -> standalone);
    }

    /** Levels are ordered province < prefecture < county; max keeps the first of equals. */
    private static Optional<Region> mostSpecific(List<RegionMention> mentions) {
        return mentions.stream().map(RegionMention::region).max(Comparator.comparing(Region::level));
    }

    private Optional<CityCount> mostMentionedCity(String body, String provinceCode) {
        Map<Region, Integer> counts = new LinkedHashMap<>();
        for (RegionMention mention : resolver.mentions(body, RegionContext.none())) {
            Optional<Region> city = mention.region().level() == RegionLevel.PROVINCE ? Optional.empty()
                    : gazetteer.city(mention.region().code());
            city.filter(c -> provinceCode == null || inProvince(c, provinceCode))
                    .ifPresent(c -> counts.merge(c, 1, Integer::sum));
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        // LinkedHashMap keeps first-mention order, so a tie goes to the city named first.
        return counts.entrySet().stream().filter(e -> e.getValue() == most).findFirst()
                .map(e -> new CityCount(e.getKey(), most));
    }

    private boolean inProvince(Region city, String provinceCode) {
        return gazetteer.province(city.code()).map(p -> p.code().equals(provinceCode)).orElse(false);
    }

    private record CityCount(Region city, int count) {
    }
}
