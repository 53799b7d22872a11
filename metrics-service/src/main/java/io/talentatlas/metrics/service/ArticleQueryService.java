package io.talentatlas.metrics.service;

import io.talentatlas.analysis.parse.NearDuplicates;
import io.talentatlas.metrics.repository.ArticleEntity;
import io.talentatlas.metrics.repository.ArticleQueries;
import io.talentatlas.metrics.repository.ArticleQueries.ArticleSearch;
import io.talentatlas.metrics.repository.ArticleRepository;
import io.talentatlas.metrics.repository.FactRepository;
import io.talentatlas.metrics.service.view.ArticleDetail;
import io.talentatlas.metrics.service.view.ArticleSummary;
import io.talentatlas.metrics.service.view.PageOf;
import io.talentatlas.metrics.service.view.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Article search and the article page with its facts and evidence spans. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {

    private final ArticleRepository articles;
    private final ArticleQueries queries;
    private final FactRepository facts;

    public ArticleQueryService(ArticleRepository articles, ArticleQueries queries, FactRepository facts) {
        this.articles = articles;
        this.queries = queries;
        this.facts = facts;
    }

    /** One page of matching articles, newest first. */
    public PageOf<ArticleSummary> search(ArticleSearch search, PageRequest page) {
        List<ArticleSummary> items = queries.search(search, page.offset(), page.size()).stream()
                .map(ArticleQueryService::summary).toList();
        return PageOf.of(items, page, queries.count(search));
    }

    /** The article with its facts in text order, if stored. */
    public Optional<ArticleDetail> detail(String id) {
        return articles.findByIdOptional(id).map(article -> new ArticleDetail(article.id, article.title,
                article.publishedAt, article.outlet, article.authors, article.url, article.format,
                article.homeRegion, article.duplicateOf, article.extractorVersion, article.body, article.paragraphs,
                FactViews.of(facts.byArticle(article.id), article)));
    }

    /** The first stored copy of the story with this fingerprint (16 hex digits of the body's SimHash), if any. */
    public Optional<String> firstNearDuplicate(String fingerprint) {
        return queries.firstNearDuplicate(fingerprint.toLowerCase(Locale.ROOT),
                NearDuplicates.DEFAULT_MAX_DISTANCE);
    }

    private static ArticleSummary summary(ArticleEntity article) {
        return new ArticleSummary(article.id, article.title, article.publishedAt, article.outlet, article.url,
                article.homeRegion, article.factCount);
    }
}
