package io.talentatlas.analysis.facts.eval;

import java.util.List;

/**
 * The score of one document.
 *
 * @param doc            the document's file name
 * @param truePositives  predictions matched to a gold fact
 * @param qualifierRight matches whose qualifier equals the gold one
 * @param misses         gold facts no prediction matched
 * @param falsePositives catalogue predictions that matched no gold fact
 */
public record DocScore(String doc, int truePositives, int qualifierRight, List<FactLine> misses,
        List<FactLine> falsePositives) {

    public DocScore {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }
}
