package io.talentatlas.metrics.service;

import io.talentatlas.analysis.parse.ArticleParser;
import io.talentatlas.analysis.parse.ParseOptions;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.metrics.service.view.ArticleDetail;
import io.talentatlas.metrics.service.view.ArticleRef;
import io.talentatlas.metrics.service.view.FactView;
import io.talentatlas.metrics.service.view.PeriodView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Parses and extracts a posted document without storing anything: what the article would look like once
 * ingested. Fact ids are 0, since nothing is stored. Parse failures surface as the parser's
 * {@link io.talentatlas.analysis.parse.ParseException}, which carries its own problem type and status.
 */
@ApplicationScoped
public class ExtractPreviewService {

    private final ArticleParser parser = new ArticleParser();
    private final FactExtraction extraction;

    public ExtractPreviewService(FactExtraction extraction) {
        this.extraction = extraction;
    }

    /** The parsed article with its facts. */
    public ArticleDetail preview(byte[] document, String url) {
        ParseOptions options = url == null ? ParseOptions.defaults() : ParseOptions.defaults().withUrl(url);
        ArticleParsed article = parser.parse(document, options);
        Extraction extracted = extraction.extract(article);
        ArticleRef ref = new ArticleRef(article.id(), article.title(), article.publishedAt(), article.outlet(),
                article.url());
        List<FactView> facts = extracted.facts().stream().map(fact -> new FactView(0, fact.region(), fact.scope(),
                fact.metric(), FactViews.plain(fact.value()), FactViews.plain(fact.valueMin()), fact.unit().key(),
                fact.qualifier().key(), new PeriodView(fact.period().kind().key(), fact.period().from(),
                fact.period().to(), fact.period().label()), fact.target(), fact.label(), fact.evidence(),
                fact.spanStart(), fact.spanEnd(), ref)).toList();
        return new ArticleDetail(article.id(), article.title(), article.publishedAt(), article.outlet(),
                article.authors(), article.url(), article.format().name(), article.homeRegion(),
                article.duplicateOf(), extracted.extractorVersion(), article.body(), article.paragraphs(), facts);
    }
}
