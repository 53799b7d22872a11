package io.talentatlas.metrics.service;

import io.talentatlas.metrics.repository.FactRepository;
import io.talentatlas.metrics.service.view.RegionMatch;
import io.talentatlas.metrics.service.view.RegionRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the region a user means by a code or a name. When a name fits several regions (鹤城 is 齐齐哈尔 and
 * 怀化), the one Talent Atlas knows most about wins, because that is the one a reader of these figures is after;
 * the other candidates are returned too, so a client can offer them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionLookupService {

    private final RegionDirectory directory;
    private final FactRepository facts;

    public RegionLookupService(RegionDirectory directory, FactRepository facts) {
        this.directory = directory;
        this.facts = facts;
    }

    /** The best match for {@code name} and every candidate, or {@link UnknownRegionException}. */
    public RegionMatch lookup(String name) {
        List<RegionRef> candidates = name.matches("\\d{6}")
                ? directory.find(name).map(List::of).orElse(List.of())
                : directory.candidates(name);
        if (candidates.isEmpty()) {
            throw new UnknownRegionException(name);
        }
        List<RegionRef> ranked = candidates.size() == 1 ? candidates : candidates.stream()
                .sorted(Comparator.comparingLong((RegionRef region) -> -facts.count("region", region.code()))
                        .thenComparing(RegionRef::code))
                .toList();
        return new RegionMatch(name, ranked.get(0), ranked);
    }
}
