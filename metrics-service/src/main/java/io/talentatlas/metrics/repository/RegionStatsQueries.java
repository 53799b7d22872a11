package io.talentatlas.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Regions that have facts, with their article and fact counts. */
@ApplicationScoped
public class RegionStatsQueries {

    /**
     * Counted region by region through the fact index ({@code LATERAL}): a join over the whole fact table would
     * scan every fact even when the filter leaves ten regions.
     */
    private static final String STATS = """
            SELECT r.code, r.name, r.level, r.parent_code, s.articles, s.facts, s.last_published
            FROM region r CROSS JOIN LATERAL (
                SELECT count(DISTINCT f.article_id) AS articles, count(*) AS facts,
                    max(f.published_at) AS last_published
                FROM fact f WHERE f.region = r.code) s
            %s ORDER BY r.code
            """;

    private final EntityManager entityManager;

    public RegionStatsQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of regions with facts, filtered by level, province (code prefix) and parent when given. */
    @SuppressWarnings("unchecked")
    public List<RegionStats> regionsWithFacts(RegionFilter filter, int offset, int limit) {
        SqlFilter where = where(filter);
        List<Object[]> rows = where.bind(entityManager.createNativeQuery(STATS.formatted(where.where())))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(RegionStatsQueries::stats).toList();
    }

    /** How many regions {@link #regionsWithFacts} pages through. */
    public long countRegionsWithFacts(RegionFilter filter) {
        SqlFilter where = where(filter);
        String sql = "SELECT count(*) FROM region r" + where.where();
        return ((Number) where.bind(entityManager.createNativeQuery(sql)).getSingleResult()).longValue();
    }

    private static SqlFilter where(RegionFilter filter) {
        String within = filter.province() == null ? null : RegionCodes.descendantsPattern(filter.province());
        return new SqlFilter()
                .always("EXISTS (SELECT 1 FROM fact f WHERE f.region = r.code)")
                .when(filter.level(), "r.level = :level", "level")
                .when(within, "r.code LIKE :within", "within")
                .when(filter.parent(), "r.parent_code = :parent", "parent");
    }

    private static RegionStats stats(Object[] row) {
        return new RegionStats((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), timestamp(row[6]));
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }

    /**
     * Optional filters on regions; each may be null.
     *
     * @param level    province, prefecture or county
     * @param province a region code: only it and the regions below it
     * @param parent   only direct children of this code
     */
    public record RegionFilter(String level, String province, String parent) {
    }

    /** A region with counts of the facts about it. */
    public record RegionStats(String code, String name, String level, String parent, long articleCount,
            long factCount, OffsetDateTime lastArticleAt) {
    }
}
