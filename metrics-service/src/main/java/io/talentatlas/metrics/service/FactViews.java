package io.talentatlas.metrics.service;

import io.talentatlas.metrics.repository.ArticleEntity;
import io.talentatlas.metrics.repository.ArticleQueries;
import io.talentatlas.metrics.repository.ArticleQueries.ArticleLink;
import io.talentatlas.metrics.repository.FactEntity;
import io.talentatlas.metrics.service.view.ArticleRef;
import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.PeriodView;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns stored facts into {@link FactView}s, each linked to its article (one query for all the articles). */
@ApplicationScoped
public class FactViews {

    private final ArticleQueries articles;

    public FactViews(ArticleQueries articles) {
        this.articles = articles;
    }

    /** The views of these facts, in the same order. */
    public List<FactView> of(List<FactEntity> facts) {
        Set<String> ids = facts.stream().map(fact -> fact.articleId).collect(Collectors.toSet());
        Map<String, ArticleRef> refs = articles.linksByIds(ids).stream()
                .collect(Collectors.toMap(ArticleLink::id, FactViews::ref, (a, b) -> a));
        return facts.stream().map(fact -> view(fact, refs.get(fact.articleId))).toList();
    }

    /** The views of one article's facts. */
    public static List<FactView> of(List<FactEntity> facts, ArticleEntity article) {
        ArticleRef ref = ref(article);
        return facts.stream().map(fact -> view(fact, ref)).toList();
    }

    /** A link to an article. */
    public static ArticleRef ref(ArticleEntity article) {
        return new ArticleRef(article.id, article.title, article.publishedAt, article.outlet, article.url);
    }

    /** A link to an article from its linking columns. */
    public static ArticleRef ref(ArticleLink link) {
        return new ArticleRef(link.id(), link.title(), link.publishedAt(), link.outlet(), link.url());
    }

    /** The given articles' links, in the same order. */
    public static List<ArticleRef> refs(List<ArticleLink> links) {
        return links.stream().map(FactViews::ref).toList();
    }

    static FactView view(FactEntity fact, ArticleRef article) {
        return new FactView(fact.id, fact.region, fact.scope, fact.metric, plain(fact.value),
                plain(fact.valueMin), fact.unit, fact.qualifier,
                new PeriodView(fact.periodKind, fact.periodFrom, fact.periodTo, fact.periodLabel), fact.target,
                fact.label, fact.evidence, fact.spanStart, fact.spanEnd, article);
    }

    /** 150000.0000 → 150000 and 17.8000 → 17.8, never 1.5E+5. */
    static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
