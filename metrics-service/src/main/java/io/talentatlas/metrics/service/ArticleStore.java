package io.talentatlas.metrics.service;

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

/**
 * Writes one article and its facts in one transaction keyed by article id.
 *
 * <p>Idempotent: a redelivery extracted by the same extractor version changes nothing, a newer extractor version
 * replaces the article's facts, an older one is ignored (an old replica must not undo a reprocess). Concurrent
 * deliveries of one id serialize on a per-id lock instead of failing on the primary key.
 */
@ApplicationScoped
public class ArticleStore {

    private final ArticleRepository articles;
    private final FactRepository facts;

    public ArticleStore(ArticleRepository articles, FactRepository facts) {
        this.articles = articles;
        this.facts = facts;
    }

    /** Stores an article with facts already extracted from it. */
    @Transactional
    public StoreOutcome store(ArticleParsed article, Extraction extraction) {
        articles.lockId(article.id());
        ArticleEntity stored = articles.findById(article.id());
        if (stored == null) {
            ArticleEntity created = new ArticleEntity();
            created.id = article.id();
            created.ingestedAt = now();
            write(created, article, extraction);
            articles.persist(created);
            insertFacts(created, extraction);
            return outcome(created, Status.CREATED);
        }
        if (!ExtractorVersions.isNewer(extraction.extractorVersion(), stored.extractorVersion)) {
            boolean same = extraction.extractorVersion().equals(stored.extractorVersion);
            return outcome(stored, same ? Status.UNCHANGED : Status.KEPT_NEWER);
        }
        facts.deleteByArticle(stored.id);
        write(stored, article, extraction);
        insertFacts(stored, extraction);
        return outcome(stored, Status.REPLACED);
    }

    private void write(ArticleEntity entity, ArticleParsed article, Extraction extraction) {
        entity.url = article.url();
        entity.title = article.title();
        entity.outlet = article.outlet();
        entity.authors = List.copyOf(article.authors());
        entity.publishedAt = article.publishedAt();
        entity.homeRegion = article.homeRegion();
        entity.format = article.format() == null ? "TEXT" : article.format().name();
        entity.body = article.body();
        entity.paragraphs = List.copyOf(article.paragraphs());
        entity.duplicateOf = article.duplicateOf();
        entity.extractorVersion = extraction.extractorVersion();
        entity.factCount = extraction.facts().size();
        entity.updatedAt = now();
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
