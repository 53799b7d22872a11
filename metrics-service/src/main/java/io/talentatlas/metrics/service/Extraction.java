package io.talentatlas.metrics.service;

import io.talentatlas.analysis.facts.Fact;
import java.util.List;

/**
 * The facts extracted from one article and the version of the extractor that produced them.
 *
 * @param extractorVersion identifies the extraction rules; a newer version replaces stored facts
 * @param facts            the facts, in the order they appear in the article
 */
public record Extraction(String extractorVersion, List<Fact> facts) {

    public Extraction {
        if (extractorVersion == null || extractorVersion.isBlank()) {
            throw new IllegalArgumentException("extractor version is required");
        }
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
