package io.talentatlas.metrics.service.view;

import java.time.OffsetDateTime;

/**
 * A region that has facts, with how much is known about it.
 *
 * @param code          GB/T 2260 code
 * @param name          official name
 * @param level         province, prefecture or county
 * @param parent        parent code, or null
 * @param articleCount  articles with at least one fact about the region
 * @param factCount     facts about the region
 * @param lastArticleAt publication time of the newest such article, or null when none is dated
 */
public record RegionSummary(String code, String name, String level, String parent, long articleCount,
        long factCount, OffsetDateTime lastArticleAt) {
}
