package io.talentatlas.analysis.facts;

import io.talentatlas.analysis.regions.RegionMention;
import io.talentatlas.events.ArticleParsed;
import java.util.List;

/** Finds the region mentions in an article's body (offsets into {@link ArticleParsed#body()}). */
@FunctionalInterface
public interface MentionFinder {

    List<RegionMention> find(ArticleParsed article);
}
