package io.talentatlas.metrics.service.view;

/**
 * A region's identity.
 *
 * @param code   GB/T 2260 code
 * @param name   official name
 * @param level  province, prefecture or county
 * @param parent parent code, or null for a province
 */
public record RegionRef(String code, String name, String level, String parent) {
}
