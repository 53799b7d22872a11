package io.talentatlas.metrics.repository;

/**
 * GB/T 2260 code arithmetic: a province {@code xx0000} holds every code starting {@code xx}, a prefecture
 * {@code xxyy00} every code starting {@code xxyy}. Lets queries take a region "and everything below it" with
 * one indexed prefix match instead of walking the tree.
 */
public final class RegionCodes {

    private RegionCodes() {
    }

    /** The LIKE pattern matching the region and all regions below it. */
    public static String descendantsPattern(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2) + "%";
        }
        return code.endsWith("00") ? code.substring(0, 4) + "%" : code;
    }
}
