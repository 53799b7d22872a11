package io.talentatlas.analysis.facts.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The acceptance bar of issue 4: on the five seeds, F1 ≥ 0.95 and qualifier accuracy ≥ 0.95 against the gold. */
class SeedEvalTest {

    private static final double BAR = 0.95;

    @Test
    void extractorMeetsTheBarOnTheSeeds() throws IOException, URISyntaxException {
        Path eval = Path.of(SeedEvalTest.class.getResource("/eval").toURI());
        List<FactLine> gold = GoldFile.read(eval.resolve("seeds.gold.jsonl"));
        DocumentFacts documents = new DocumentFacts();
        List<FactLine> predicted = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(eval.resolve("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                predicted.addAll(documents.of(seed.toString()));
            }
        }

        EvalReport report = new EvalScorer().score(gold, predicted);

        System.out.print(report.format());
        assertTrue(report.truePositives() > 0, "nothing matched: the seeds or the gold did not load");
        assertTrue(report.f1() >= BAR, () -> "F1 under " + BAR + ":\n" + report.format());
        assertTrue(report.qualifierAccuracy() >= BAR,
                () -> "qualifier accuracy under " + BAR + ":\n" + report.format());
    }
}
