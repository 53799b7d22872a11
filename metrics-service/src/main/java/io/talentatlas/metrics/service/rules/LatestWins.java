package io.talentatlas.metrics.service.rules;

import io.talentatlas.metrics.service.view.FactView;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The "latest wins" rule of facts.md: for each key (a metric, a region and metric …) the figures that count are
 * those of the most recently published article. Undated articles count as the oldest, so a dated statement
 * always beats one whose date is unknown; ties between articles are broken by article id to stay deterministic.
 */
public final class LatestWins {

    /** Newest article first; facts of one article in text order. */
    public static final Comparator<FactView> NEWEST_FIRST = Comparator
            .comparing((FactView fact) -> fact.article().publishedAt(),
                    Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant).reversed()))
            .thenComparing(fact -> fact.article().id(), Comparator.reverseOrder())
            .thenComparingInt(FactView::spanStart)
            .thenComparingLong(FactView::id);

    private LatestWins() {
    }

    /** For each key, every fact of the newest article that states it, in text order; keys in first-seen order. */
    public static <K> Map<K, List<FactView>> latestArticlePerKey(List<FactView> facts, Function<FactView, K> key) {
        Map<K, List<FactView>> latest = new LinkedHashMap<>();
        facts.stream().sorted(NEWEST_FIRST).forEach(fact -> {
            List<FactView> kept = latest.computeIfAbsent(key.apply(fact), k -> new ArrayList<>());
            if (kept.isEmpty() || kept.get(0).article().id().equals(fact.article().id())) {
                kept.add(fact);
            }
        });
        return latest;
    }

    /**
     * For each key, the first figure the newest article states: when one article gives several values for a metric
     * (a total, then a breakdown), the first is the article's own summary figure.
     */
    public static <K> Map<K, FactView> latestPerKey(List<FactView> facts, Function<FactView, K> key) {
        Map<K, FactView> latest = new LinkedHashMap<>();
        latestArticlePerKey(facts, key).forEach((k, ofArticle) -> latest.put(k, ofArticle.get(0)));
        return latest;
    }
}
