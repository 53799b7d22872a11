package io.talentatlas.analysis.facts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rule of issue 4: same doc, metric and unit, value within 0.1 %, region equal at city level. */
class EvalScorerTest {

    private final EvalScorer scorer = new EvalScorer();

    @Test
    void matchesWithinTheValueToleranceAndAtCityLevel() {
        FactLine gold = line("a.txt", "320500", "talent.introduced", "52000", "person", "exact", "引进人才5.2万人");
        FactLine prediction = line("samples/a.txt", "320583", "talent.introduced", "52040", "person", "exact", "x");

        EvalReport report = scorer.score(List.of(gold), List.of(prediction));

        assertEquals(1, report.truePositives());
        assertEquals(1.0, report.f1());
        assertEquals(1.0, report.qualifierAccuracy());
    }

    @Test
    void metricUnitValueOrCityMismatchIsAMissAndAFalsePositive() {
        FactLine gold = line("a.txt", "320500", "talent.introduced", "52000", "person", "exact", "e");
        List<FactLine> wrong = List.of(
                line("a.txt", "320500", "talent.stock", "52000", "person", "exact", "e"),
                line("a.txt", "320500", "talent.introduced", "52000", "person_time", "exact", "e"),
                line("a.txt", "320500", "talent.introduced", "52100", "person", "exact", "e"),
                line("a.txt", "510100", "talent.introduced", "52000", "person", "exact", "e"),
                line("b.txt", "320500", "talent.introduced", "52000", "person", "exact", "e"));

        EvalReport report = scorer.score(List.of(gold), wrong);

        assertEquals(0, report.truePositives());
        assertEquals(5, report.falsePositives());
        assertEquals(1, report.falseNegatives());
    }

    @Test
    void eachGoldFactTakesOnePredictionAndOtherNeverCounts() {
        FactLine gold = line("a.txt", "230600", "enterprise.high_tech", "400", "org", "at_least", "突破400家");
        List<FactLine> predictions = List.of(
                line("a.txt", "230600", "enterprise.high_tech", "400", "org", "exact", "高新技术企业400家"),
                line("a.txt", "230600", "enterprise.high_tech", "400", "org", "at_least", "突破400家"),
                line("a.txt", "230600", "other", "12", "item", "exact", "12项"));

        EvalReport report = scorer.score(List.of(gold), predictions);

        assertEquals(1, report.truePositives());
        assertEquals(1, report.falsePositives());
        assertEquals(1.0, report.qualifierAccuracy(), "the same-evidence, same-qualifier prediction is preferred");
        assertTrue(report.format().endsWith("P=0.500 R=1.000 F1=0.667 qualifier=1.000\n"), report.format());
    }

    private static FactLine line(String doc, String region, String metric, String value, String unit, String qualifier,
            String evidence) {
        return new FactLine(doc, region, null, null, metric, new BigDecimal(value), null, unit, qualifier, null, false,
                null, evidence, List.of());
    }
}
