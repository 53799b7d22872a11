package io.talentatlas.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The read queries behind the views. Each narrows the facts in SQL (with the indexes of V1) to the rows the
 * aggregation rules need; the rules themselves live in {@code service.rules} and are applied again in Java.
 */
@ApplicationScoped
public class FactQueries {

    /** Catalogue facts of the newest article per (scope, target, metric) of one region. */
    private static final String LATEST_OF_REGION = """
            SELECT * FROM (
                SELECT f.*, dense_rank() OVER (PARTITION BY coalesce(f.scope, ''), f.target, f.metric
                        ORDER BY f.published_at DESC NULLS LAST, f.article_id DESC) AS article_rank
                FROM fact f WHERE f.region = :region AND f.metric <> 'other') ranked
            WHERE article_rank = 1
            """;

    /** Per region, the first whole-region achievement of the newest article stating the metric. */
    private static final String LATEST_PER_REGION = """
            SELECT DISTINCT ON (f.region) f.* FROM fact f JOIN region r ON r.code = f.region
            %s
            ORDER BY f.region, f.published_at DESC NULLS LAST, f.article_id DESC, f.span_start, f.id
            """;

    private final EntityManager entityManager;

    public FactQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The candidates for a region page: latest article's facts per scope, target flag and metric. */
    @SuppressWarnings("unchecked")
    public List<FactEntity> latestOfRegion(String region) {
        return entityManager.createNativeQuery(LATEST_OF_REGION, FactEntity.class)
                .setParameter("region", region).getResultList();
    }

    /** One metric's facts in one region, oldest article first. */
    public List<FactEntity> history(String region, String metric, int offset, int limit) {
        return entityManager.createQuery("""
                from FactEntity where region = :region and metric = :metric
                order by publishedAt asc nulls first, articleId, spanStart, id""", FactEntity.class)
                .setParameter("region", region).setParameter("metric", metric)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many facts {@link #history} pages through. */
    public long countHistory(String region, String metric) {
        return entityManager.createQuery(
                "select count(f) from FactEntity f where f.region = :region and f.metric = :metric", Long.class)
                .setParameter("region", region).setParameter("metric", metric).getSingleResult();
    }

    /** Per region at {@code level} (if given) under {@code within} (if given): its latest achievement. */
    @SuppressWarnings("unchecked")
    public List<FactEntity> latestPerRegion(String metric, String level, String within) {
        SqlFilter filter = wholeRegionFilter(metric, level, within);
        String sql = LATEST_PER_REGION.formatted(filter.where());
        return filter.bind(entityManager.createNativeQuery(sql, FactEntity.class)).getResultList();
    }

    /** Every whole-region achievement of {@code metric} in the given regions. */
    public List<FactEntity> achievementsIn(String metric, List<String> regions) {
        return entityManager.createQuery("""
                from FactEntity where metric = :metric and region in :regions and scope is null and target = false
                """, FactEntity.class)
                .setParameter("metric", metric).setParameter("regions", regions).getResultList();
    }

    private static SqlFilter wholeRegionFilter(String metric, String level, String within) {
        return new SqlFilter()
                .always("f.metric = :metric AND f.scope IS NULL AND NOT f.target", "metric", metric)
                .when(level, "r.level = :level", "level")
                .when(within == null ? null : RegionCodes.descendantsPattern(within), "f.region LIKE :within",
                        "within");
    }
}
