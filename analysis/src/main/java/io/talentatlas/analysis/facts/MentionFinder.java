package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.regions.RegionMention;
import java.util.List;

/** Finds the region mentions of a text (offsets into it), given the article's home region (for 我市, 首府 …). */
@FunctionalInterface
public interface MentionFinder {

    List<RegionMention> find(String text, String homeRegion);
}
