package io.talentatlas.analysis.regions;

/**
 * A place in text that names a region.
 *
 * @param start   offset of the first character, UTF-16
 * @param end     offset after the last character
 * @param surface the words as written (大庆, 鹤城, 我市, 包头稀土高新区)
 * @param region  the region it resolves to; for a development zone or named hub, the city that holds it
 * @param scope   the named part of the region (a development zone, a hub) when the mention is not the whole region, else null
 */
public record RegionMention(int start, int end, String surface, Region region, String scope) {
}
