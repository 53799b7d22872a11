package io.talentatlas.ingest.config;

import io.talentatlas.analysis.parse.ArticleParser;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the analysis module's parser a bean: it loads the gazetteer once and is thread-safe, so one is shared. */
public class ParserProducer {

    @Produces
    @Singleton
    ArticleParser articleParser() {
        return new ArticleParser();
    }
}
