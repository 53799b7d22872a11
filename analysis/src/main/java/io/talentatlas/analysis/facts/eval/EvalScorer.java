package io.talentatlas.analysis.facts.eval;

import io.talentatlas.analysis.facts.Metric;
import io.talentatlas.analysis.facts.RegionCodes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores predicted facts against gold facts. A prediction matches a gold fact of the same document (file name), metric
 * and unit when the values agree within 0.1 % and the regions agree at city level (a district or zone counts as its
 * city). Each gold fact takes at most one prediction, greedily, best pair first (same evidence, same qualifier,
 * closest value). Predictions with metric {@code other} are outside the catalogue and never count.
 */
public final class EvalScorer {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.001");

    /** The score of each document present in either list, in file-name order. */
    public EvalReport score(List<FactLine> gold, List<FactLine> predictions) {
        Set<String> docs = new TreeSet<>();
        gold.forEach(g -> docs.add(docName(g.doc())));
        predictions.forEach(p -> docs.add(docName(p.doc())));
        List<DocScore> scores = new ArrayList<>();
        for (String doc : docs) {
            scores.add(scoreDoc(doc, ofDoc(gold, doc), ofDoc(predictions, doc).stream()
                    .filter(p -> !Metric.OTHER.equals(p.metric())).toList()));
        }
        return new EvalReport(scores);
    }

    private DocScore scoreDoc(String doc, List<FactLine> gold, List<FactLine> predicted) {
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (matches(gold.get(g), predicted.get(p))) {
                    pairs.add(new Pair(g, p, preference(gold.get(g), predicted.get(p))));
                }
            }
        }
        pairs.sort(Comparator.comparing(Pair::preference).thenComparingInt(Pair::gold)
                .thenComparingInt(Pair::predicted));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPredicted = new HashSet<>();
        int qualifierRight = 0;
        for (Pair pair : pairs) {
            if (!usedGold.contains(pair.gold()) && !usedPredicted.contains(pair.predicted())) {
                usedGold.add(pair.gold());
                usedPredicted.add(pair.predicted());
                if (Objects.equals(gold.get(pair.gold()).qualifier(), predicted.get(pair.predicted()).qualifier())) {
                    qualifierRight++;
                }
            }
        }
        return new DocScore(doc, usedGold.size(), qualifierRight, unused(gold, usedGold),
                unused(predicted, usedPredicted));
    }

    static boolean matches(FactLine gold, FactLine predicted) {
        return Objects.equals(gold.metric(), predicted.metric())
                && Objects.equals(gold.unit(), predicted.unit())
                && Objects.equals(RegionCodes.cityOf(gold.region()), RegionCodes.cityOf(predicted.region()))
                && closeEnough(gold.value(), predicted.value());
    }

    private static boolean closeEnough(BigDecimal gold, BigDecimal predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        return gold.subtract(predicted).abs().compareTo(gold.abs().multiply(TOLERANCE)) <= 0;
    }

    /** Lower is better: evidence agreement first (a number stated twice), then qualifier, then value. */
    private static BigDecimal preference(FactLine gold, FactLine predicted) {
        boolean sameEvidence = gold.evidence() != null && predicted.evidence() != null
                && (gold.evidence().contains(predicted.evidence()) || predicted.evidence().contains(gold.evidence()));
        boolean sameQualifier = Objects.equals(gold.qualifier(), predicted.qualifier());
        BigDecimal gap = gold.value().signum() == 0 ? BigDecimal.ZERO
                : gold.value().subtract(predicted.value()).abs().divide(gold.value().abs(), MathContext.DECIMAL64);
        // A matched gap is at most 0.1 %, so it only orders pairs that agree on evidence and qualifier.
        return BigDecimal.valueOf((sameEvidence ? 0 : 2) + (sameQualifier ? 0 : 1)).add(gap);
    }

    private static List<FactLine> ofDoc(List<FactLine> facts, String doc) {
        return facts.stream().filter(f -> doc.equals(docName(f.doc()))).toList();
    }

    private static List<FactLine> unused(List<FactLine> facts, Set<Integer> used) {
        List<FactLine> rest = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (!used.contains(i)) {
                rest.add(facts.get(i));
            }
        }
        return rest;
    }

    /** Gold names documents by file name; the CLI by the path it was given. */
    static String docName(String doc) {
        return doc == null ? "" : Path.of(doc).getFileName().toString();
    }

    private record Pair(int gold, int predicted, BigDecimal preference) {
    }
}
