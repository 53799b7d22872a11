package io.talentatlas.analysis.regions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The seat of each province-level government, from the curated {@code capitals.csv}; what 首府 refers to. */
final class Capitals {

    private final Map<String, Region> capitalByProvince = new HashMap<>();

    Capitals(Gazetteer gazetteer) {
        for (List<String> row : CuratedList.rows("/regions/capitals.csv")) {
            Region capital = gazetteer.byCode(row.get(1))
                    .orElseThrow(() -> new IllegalStateException("capitals.csv: unknown code " + row.get(1)));
            capitalByProvince.put(row.get(0), capital);
        }
    }

    /** The capital of {@code province}, empty for null or a code that is not a province. */
    Optional<Region> of(Region province) {
        return Optional.ofNullable(province == null ? null : capitalByProvince.get(province.code()));
    }
}
