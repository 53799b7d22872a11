package io.talentatlas.analysis.regions;

/**
 * One meaning of a surface form in the lexicon.
 *
 * @param region the region named, null for the context-relative kinds (我市, 首府)
 * @param kind   how the surface names it
 */
record NameEntry(Region region, NameKind kind) {
}
