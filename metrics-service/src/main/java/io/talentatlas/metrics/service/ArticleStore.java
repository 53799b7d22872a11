package io.talentatlas.metrics.service;

import io.talentatlas.analysis.facts.Fact;
import io.talentatlas.analysis.parse.Fingerprint;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.metrics.repository.ArticleEntity;
import io.talentatlas.metrics.repository.ArticleRepository;
import io.talentatlas.metrics.repository.FactEntity;
import io.talentatlas.metrics.repository.FactRepository;
import io.talentatlas.metrics.service.StoreOutcome.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes one article and its facts in one transaction keyed by article id.
 *
 * <p>Idempotent: a redelivery extracted by the same extractor version changes nothing, a newer extractor version
 * replaces the article's facts, an older one is ignored (an old replica must not undo a reprocess). Concurrent
 * deliveries of one id serialize on a per-id lock instead of failing on the primary key. A new article is linked
 * to the first copy of its story by the rule of {@link DuplicateLinks}.
 */
@ApplicationScoped
public class ArticleStore {

    private final ArticleRepository articles;
    private final FactRepository facts;
    private final FactExtraction extraction;
    private final DuplicateLinks links;

    public ArticleStore(ArticleRepository articles, FactRepository facts, FactExtraction extraction,
                        DuplicateLinks links) {
        this.articles = articles;
        this.facts = facts;
        this.extraction = extraction;
        this.links = links;
    }

    /**
     * Stores an article with the facts the current extractor finds in it. A redelivery is recognised before
     * extracting, so it costs one indexed read.
     */
    @Transactional
    public StoreOutcome store(ArticleParsed article) {
        return store(article, extraction.version(), () -> extraction.extract(article));
    }

    /** Stores an article with facts already extracted from it (by another extractor version, or in tests). */
    @Transactional
    public StoreOutcome store(ArticleParsed article, Extraction extracted) {
        return store(article, extracted.extractorVersion(), () -> extracted);
    }

    private StoreOutcome store(ArticleParsed article, String version, Supplier<Extraction> extract) {
        articles.lockId(article.id());
        ArticleEntity stored = articles.findById(article.id());
        if (stored == null) {
            ArticleEntity created = new ArticleEntity();
            created.id = article.id();
            created.ingestedAt = now();
            Extraction extracted = placed(extract.get());
            // Looked up before the new row exists, so the lookup cannot find the article itself.
            write(created, article, links.forNewArticle(article), extracted);
            articles.persist(created);
            insertFacts(created, extracted);
            return outcome(created, Status.CREATED);
        }
        if (!ExtractorVersions.isNewer(version, stored.extractorVersion)) {
            return outcome(stored, version.equals(stored.extractorVersion) ? Status.UNCHANGED : Status.KEPT_NEWER);
        }
        replace(stored, article, extract.get());
        return outcome(stored, Status.REPLACED);
    }

    /**
     * Extracts a stored article again with the current extractor and replaces its facts, without re-ingesting.
     * Unless {@code force} is set, an article whose facts already come from the current version is left alone.
     */
    @Transactional
    public StoreOutcome reextract(String articleId, boolean force) {
        articles.lockId(articleId);
        ArticleEntity stored = articles.findById(articleId);
        if (stored == null) {
            throw new UnknownArticleException(articleId);
        }
        if (!force && extraction.version().equals(stored.extractorVersion)) {
            return outcome(stored, Status.UNCHANGED);
        }
        ArticleParsed article = StoredArticles.toEvent(stored);
        replace(stored, article, extraction.extract(article));
        return outcome(stored, Status.REPLACED);
    }

    private void replace(ArticleEntity stored, ArticleParsed article, Extraction all) {
        Extraction extracted = placed(all);
        facts.deleteByArticle(stored.id);
        write(stored, article, DuplicateLinks.forRewrite(stored.duplicateOf, article), extracted);
        insertFacts(stored, extracted);
    }

    private static void write(ArticleEntity entity, ArticleParsed article, String duplicateOf,
                              Extraction extraction) {
        entity.url = article.url();
        entity.title = article.title();
        entity.outlet = article.outlet();
        entity.authors = List.copyOf(article.authors());
        entity.publishedAt = article.publishedAt();
        entity.homeRegion = article.homeRegion();
        entity.format = article.format() == null ? "TEXT" : article.format().name();
        entity.body = article.body();
        entity.fingerprint = String.format("%016x", Fingerprint.of(article.body()));
        entity.paragraphs = List.copyOf(article.paragraphs());
        entity.duplicateOf = duplicateOf;
        entity.extractorVersion = extraction.extractorVersion();
        entity.factCount = extraction.facts().size();
        entity.updatedAt = now();
    }

    /**
     * The facts that can be stored: a number the extractor could not tie to a region (an article naming no place)
     * has no region view to appear in, and {@code fact.region} is NOT NULL. It is left out, so that the article
     * itself is still stored instead of its whole transaction failing and the record being dead-lettered.
     */
    private static Extraction placed(Extraction extraction) {
        List<Fact> placed = extraction.facts().stream().filter(fact -> fact.region() != null).toList();
        return placed.size() == extraction.facts().size() ? extraction
                : new Extraction(extraction.extractorVersion(), placed);
    }

    private void insertFacts(ArticleEntity article, Extraction extraction) {
        List<FactEntity> rows = extraction.facts().stream()
                .map(fact -> FactEntities.of(fact, article.id, article.publishedAt, extraction.extractorVersion()))
                .toList();
        facts.persist(rows);
    }

    private static StoreOutcome outcome(ArticleEntity article, Status status) {
        return new StoreOutcome(article.id, status, article.factCount, article.extractorVersion);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
