package io.talentatlas.analysis.regions;

/**
 * One row of the gazetteer.
 *
 * @param code       6-digit GB/T 2260 code (development zones use the statistics bureau's xx71–xx79 codes)
 * @param name       official name, e.g. {@code 大庆市}
 * @param level      administrative level
 * @param parentCode code of the parent region, null for a province
 * @param devZone    true for a development zone ({@code note=devzone} in the CSV)
 */
public record Region(String code, String name, RegionLevel level, String parentCode, boolean devZone) {
}
