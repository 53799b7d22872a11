package io.talentatlas.metrics.service.view;

import java.util.List;

/**
 * What a typed region name resolves to.
 *
 * @param query      the name or code as given
 * @param region     the best match
 * @param candidates every region the name may stand for, best first
 */
public record RegionMatch(String query, RegionRef region, List<RegionRef> candidates) {
}
