package io.talentatlas.analysis.facts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles written for the test suite about cities outside the seeds (Sichuan, Jiangsu, Guangdong, Hunan), in four
 * source formats, with their expected catalogue facts: every expected fact must be found, with its qualifier, and
 * nothing else from the catalogue. They guard the rules against fitting the seeds.
 */
class OwnArticlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"chengdu_2023.txt", "suzhou_2023.txt", "shunde_2024.txt", "changsha_2023.html"})
    void extractsExactlyTheExpectedFacts(String name) throws IOException, URISyntaxException {
        Path articles = Path.of(OwnArticlesTest.class.getResource("/articles").toURI());
        String stem = name.substring(0, name.lastIndexOf('.'));
        List<FactLine> expected = GoldFile.read(articles.resolve(stem + ".expected.jsonl"));
        List<FactLine> predicted = new DocumentFacts().of(articles.resolve(name).toString());

        EvalReport report = new EvalScorer().score(expected, predicted);

        assertEquals(expected.size(), report.truePositives(), report::format);
        assertEquals(0, report.falsePositives(), report::format);
        assertEquals(1.0, report.qualifierAccuracy(), report::format);
    }
}
