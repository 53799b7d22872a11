package io.talentatlas.analysis.facts.eval;

import java.util.List;
import java.util.Locale;

/**
 * The result of {@link EvalScorer}: per-document and total counts, precision, recall, F1 and qualifier accuracy,
 * with a stable, human-readable rendering (the {@code atlas eval} output).
 */
public record EvalReport(List<DocScore> docs) {

    public EvalReport {
        docs = List.copyOf(docs);
    }

    public int truePositives() {
        return docs.stream().mapToInt(DocScore::truePositives).sum();
    }

    public int falsePositives() {
        return docs.stream().mapToInt(d -> d.falsePositives().size()).sum();
    }

    public int falseNegatives() {
        return docs.stream().mapToInt(d -> d.misses().size()).sum();
    }

    public double precision() {
        return ratio(truePositives(), truePositives() + falsePositives());
    }

    public double recall() {
        return ratio(truePositives(), truePositives() + falseNegatives());
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matches whose qualifier is right. */
    public double qualifierAccuracy() {
        return ratio(docs.stream().mapToInt(DocScore::qualifierRight).sum(), truePositives());
    }

    /** The report as {@code atlas eval} prints it; the last line is {@code P=… R=… F1=… qualifier=…}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (DocScore doc : docs) {
            int tp = doc.truePositives();
            int fp = doc.falsePositives().size();
            int fn = doc.misses().size();
            out.append(String.format(Locale.ROOT, "doc %s TP=%d FP=%d FN=%d P=%.3f R=%.3f%n", doc.doc(), tp, fp, fn,
                    ratio(tp, tp + fp), ratio(tp, tp + fn)));
        }
        out.append(String.format(Locale.ROOT, "total TP=%d FP=%d FN=%d%n", truePositives(), falsePositives(),
                falseNegatives()));
        for (DocScore doc : docs) {
            doc.misses().forEach(f -> out.append("MISS ").append(describe(doc.doc(), f)).append('\n'));
        }
        for (DocScore doc : docs) {
            doc.falsePositives().forEach(f -> out.append("FP   ").append(describe(doc.doc(), f)).append('\n'));
        }
        out.append(String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f qualifier=%.3f%n", precision(), recall(), f1(),
                qualifierAccuracy()));
        return out.toString();
    }

    private static String describe(String doc, FactLine fact) {
        return String.format(Locale.ROOT, "%s %s %s %s %s %s | %s", doc, fact.region(), fact.metric(),
                fact.value() == null ? "?" : fact.value().toPlainString(), fact.unit(), fact.qualifier(),
                fact.evidence());
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
