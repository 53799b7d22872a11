package io.talentatlas.metrics.service;

import io.talentatlas.analysis.regions.Gazetteer;
import io.talentatlas.analysis.regions.Region;
import io.talentatlas.analysis.regions.RegionContext;
import io.talentatlas.analysis.regions.RegionMention;
import io.talentatlas.analysis.regions.RegionResolver;
import io.talentatlas.metrics.service.view.RegionRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Region identity for the views, from the analysis gazetteer, and lookup of a region by what a user types: a code,
 * an official name, a short name or a press nickname, resolved by the same resolver that reads articles.
 */
@ApplicationScoped
public class RegionDirectory {

    private final Gazetteer gazetteer = Gazetteer.instance();
    private final RegionResolver resolver = RegionResolver.standard();

    /** The region with this code, or {@link UnknownRegionException}. */
    public RegionRef require(String code) {
        return gazetteer.byCode(code).map(RegionDirectory::ref).orElseThrow(() -> new UnknownRegionException(code));
    }

    /** The region with this code, if the gazetteer knows it. */
    public Optional<RegionRef> find(String code) {
        return gazetteer.byCode(code).map(RegionDirectory::ref);
    }

    /** The parents of a region, nearest first, up to its province. */
    public List<RegionRef> parents(String code) {
        List<Region> chain = gazetteer.parentChain(code);
        return chain.subList(Math.min(1, chain.size()), chain.size()).stream().map(RegionDirectory::ref).toList();
    }

    /** The prefecture-level cities of a province, in code order. */
    public List<RegionRef> citiesOf(String provinceCode) {
        return gazetteer.all().stream()
                .filter(region -> provinceCode.equals(gazetteer.province(region.code()).map(Region::code).orElse("")))
                .filter(region -> gazetteer.city(region.code()).filter(region::equals).isPresent())
                .map(RegionDirectory::ref).toList();
    }

    /**
     * Every region a name may stand for when typed on its own. A nickname names a city only within its province
     * (鹤城 is 齐齐哈尔 in 黑龙江 and 怀化 in 湖南), so each province is tried as the context; a name that stands on
     * its own (an official or short name) resolves without context and wins.
     */
    public List<RegionRef> candidates(String name) {
        String text = name.strip();
        Optional<Region> own = whole(text, RegionContext.none());
        if (own.isPresent()) {
            return List.of(ref(own.get()));
        }
        Set<Region> found = new LinkedHashSet<>();
        gazetteer.all().stream().filter(region -> region.parentCode() == null)
                .forEach(province -> whole(text, RegionContext.of(province.code())).ifPresent(found::add));
        return found.stream().map(RegionDirectory::ref).toList();
    }

    private Optional<Region> whole(String text, RegionContext context) {
        List<RegionMention> mentions = resolver.mentions(text, context);
        boolean exact = mentions.size() == 1 && mentions.get(0).start() == 0 && mentions.get(0).end() == text.length();
        return exact && mentions.get(0).region() != null ? Optional.of(mentions.get(0).region()) : Optional.empty();
    }

    static RegionRef ref(Region region) {
        return new RegionRef(region.code(), region.name(), region.level().name().toLowerCase(Locale.ROOT),
                region.parentCode());
    }
}
