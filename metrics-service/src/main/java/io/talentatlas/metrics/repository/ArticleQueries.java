package io.talentatlas.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Article lookups for views: references for facts, a region's recent articles, search. */
@ApplicationScoped
public class ArticleQueries {

    private static final String LINK = "select new io.talentatlas.metrics.repository.ArticleQueries$ArticleLink("
            + "a.id, a.title, a.publishedAt, a.outlet, a.url) from ArticleEntity a";
    private static final String ORDER = " ORDER BY a.published_at DESC NULLS LAST, a.id DESC";

    private final EntityManager entityManager;

    public ArticleQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Links to the articles with these ids; only the linking columns are read, never bodies. */
    public List<ArticleLink> linksByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(LINK + " where a.id in :ids", ArticleLink.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * Links to the newest articles with at least one fact about the region. The newest are found among the
     * region's facts (which carry their article's date) through the fact index, not by walking all articles by
     * date and probing each for a fact about the region.
     */
    public List<ArticleLink> recentAbout(String region, int limit) {
        List<String> ids = entityManager.createQuery("""
                select f.articleId from FactEntity f where f.region = :region group by f.articleId
                order by max(f.publishedAt) desc nulls last, f.articleId desc""", String.class)
                .setParameter("region", region).setMaxResults(limit).getResultList();
        Map<String, ArticleLink> links = linksByIds(ids).stream()
                .collect(Collectors.toMap(ArticleLink::id, Function.identity()));
        return ids.stream().map(links::get).filter(Objects::nonNull).toList();
    }

    /**
     * The first stored copy (earliest ingested) of the story whose body has this SimHash, within
     * {@code maxDistance} differing bits. A scan of the fingerprints: cheap next to ingesting an article.
     */
    @SuppressWarnings("unchecked")
    public Optional<String> firstNearDuplicate(String fingerprint, int maxDistance) {
        List<String> ids = entityManager.createNativeQuery("""
                SELECT a.id FROM article a WHERE a.fingerprint IS NOT NULL
                AND bit_count(('x' || a.fingerprint)::bit(64) # ('x' || :fingerprint)::bit(64)) <= :distance
                ORDER BY a.ingested_at, a.id""")
                .setParameter("fingerprint", fingerprint).setParameter("distance", maxDistance)
                .setMaxResults(1).getResultList();
        return ids.stream().findFirst();
    }

    /** The link columns of a stored article (its id and the first copy it is linked to), if it is stored. */
    public Optional<StoredLink> link(String id) {
        return entityManager.createQuery("select new io.talentatlas.metrics.repository.ArticleQueries$StoredLink("
                        + "a.id, a.duplicateOf) from ArticleEntity a where a.id = :id", StoredLink.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** One page of the articles matching the given filters, newest first. */
    @SuppressWarnings("unchecked")
    public List<ArticleEntity> search(ArticleSearch search, int offset, int limit) {
        SqlFilter filter = filter(search);
        return filter.bind(entityManager.createNativeQuery("SELECT a.* FROM article a" + filter.where() + ORDER,
                ArticleEntity.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many articles match the filters. */
    public long count(ArticleSearch search) {
        SqlFilter filter = filter(search);
        Object count = filter.bind(entityManager.createNativeQuery("SELECT count(*) FROM article a" + filter.where()))
                .getSingleResult();
        return ((Number) count).longValue();
    }

    private static SqlFilter filter(ArticleSearch search) {
        String within = search.region() == null ? null : RegionCodes.descendantsPattern(search.region());
        String words = search.text() == null ? null : "%" + escapeLike(search.text()) + "%";
        return new SqlFilter()
                .when(within, "(a.home_region LIKE :within OR EXISTS (SELECT 1 FROM fact f "
                        + "WHERE f.article_id = a.id AND f.region LIKE :within))", "within")
                .when(words, "(a.title ILIKE :words OR a.body ILIKE :words)", "words")
                .when(search.from(), "a.published_at >= :from", "from")
                .when(search.until(), "a.published_at < :until", "until");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The columns that link to an article.
     *
     * @param id          article id
     * @param title       title, or null
     * @param publishedAt publication time, or null
     * @param outlet      outlet, or null
     * @param url         source address, or null
     */
    public record ArticleLink(String id, String title, OffsetDateTime publishedAt, String outlet, String url) {
    }

    /**
     * A stored article's near-duplicate link.
     *
     * @param id          article id
     * @param duplicateOf the first copy of its story, or null when it is the first copy
     */
    public record StoredLink(String id, String duplicateOf) {
    }

    /**
     * Article search filters; each may be null.
     *
     * @param region the region (and regions below it) the article is about or has facts for
     * @param text   words in the title or body
     * @param from   published at or after
     * @param until  published before
     */
    public record ArticleSearch(String region, String text, OffsetDateTime from, OffsetDateTime until) {
    }
}
