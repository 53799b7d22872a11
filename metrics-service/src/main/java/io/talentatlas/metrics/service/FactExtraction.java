package io.talentatlas.metrics.service;

import io.talentatlas.analysis.facts.FactExtractor;
import io.talentatlas.events.ArticleParsed;
import jakarta.enterprise.context.ApplicationScoped;

/** The analysis extractor as a bean: the facts of an article, stamped with the version of the rules. */
@ApplicationScoped
public class FactExtraction {

    private final FactExtractor extractor = FactExtractor.standard();

    /** Extracts the facts of {@code article} with the current rules. */
    public Extraction extract(ArticleParsed article) {
        return new Extraction(version(), extractor.extract(article));
    }

    /** The version of the current extraction rules. */
    public String version() {
        return FactExtractor.VERSION;
    }
}
