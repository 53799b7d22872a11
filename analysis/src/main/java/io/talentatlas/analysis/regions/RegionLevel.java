package io.talentatlas.analysis.regions;

/** Administrative level of a GB/T 2260 region. */
public enum RegionLevel {
    PROVINCE, PREFECTURE, COUNTY
}
