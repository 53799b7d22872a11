package io.talentatlas.analysis.facts;

/**
 * The region a fact is about.
 *
 * @param code  GB/T 2260 code, or null when neither the text nor the article tells
 * @param scope the named zone or hub inside it, or null for the whole region
 */
public record RegionChoice(String code, String scope) {
}
