package io.talentatlas.metrics.service.view;

import java.util.List;

/**
 * The latest figures stated for a named part of a region (a development zone, a hub).
 *
 * @param scope the part's name as written
 * @param facts latest figure per metric for that part, achievements and targets alike (each says which)
 */
public record ScopeGroup(String scope, List<FactView> facts) {
}
