package io.talentatlas.metrics.service;

import io.talentatlas.analysis.facts.FactExtractor;
import io.talentatlas.events.ArticleParsed;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Extracts the facts of an article with the analysis module's extractor and labels them with its version, which
 * {@link ArticleStore} uses to decide whether stored facts are replaced.
 */
@ApplicationScoped
public class FactExtraction {

    private final FactExtractor extractor = FactExtractor.standard();

    /** The facts of {@code article}, with the extractor version that found them. */
    public Extraction extract(ArticleParsed article) {
        return new Extraction(FactExtractor.VERSION, extractor.extract(article));
    }
}
