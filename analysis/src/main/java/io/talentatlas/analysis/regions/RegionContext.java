package io.talentatlas.analysis.regions;

import java.util.Optional;

/**
 * What the resolver knows about the article a text comes from: its home region, and from it the home city and
 * province. Context-relative words (我市, 首府) and weak names (nicknames, county short names) need it.
 *
 * @param home     the article's home region, null when unknown
 * @param city     the prefecture-level city of {@code home}, null when home is a province or unknown
 * @param province the province of {@code home}, null when unknown
 */
public record RegionContext(Region home, Region city, Region province) {

    private static final RegionContext NONE = new RegionContext(null, null, null);

    /** No context: only names that stand on their own are resolved. */
    public static RegionContext none() {
        return NONE;
    }

    /** The context of an article whose home region has this GB/T 2260 code (none for null or an unknown code). */
    public static RegionContext of(String homeCode) {
        Gazetteer gazetteer = Gazetteer.instance();
        Optional<Region> home = gazetteer.byCode(homeCode);
        if (home.isEmpty()) {
            return NONE;
        }
        return new RegionContext(home.get(), gazetteer.city(homeCode).orElse(null),
                gazetteer.province(homeCode).orElse(null));
    }

    /** True when {@code code} lies in the home province. */
    boolean inProvince(String code) {
        return province != null && Gazetteer.instance().province(code).map(province::equals).orElse(false);
    }

    /** True when {@code code} lies in the home city. */
    boolean inCity(String code) {
        return city != null && Gazetteer.instance().city(code).map(city::equals).orElse(false);
    }
}
