package io.talentatlas.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentatlas.events.EventJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas extract} and {@code atlas eval}: output format and exit status on good and bad input. */
class FactCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void extractPrintsOneJsonFactPerLine() throws IOException, URISyntaxException {
        String article = resource("/articles/shunde_2024.txt").toString();

        int status = ExtractCommand.run(new String[] {article}, print(out), print(err));

        assertEquals(0, status, text(err));
        String[] lines = text(out).split("\n");
        assertTrue(lines.length >= 12, text(out));
        JsonNode first = EventJson.mapper().readTree(lines[0]);
        for (String field : new String[] {"doc", "region", "region_name", "scope", "metric", "value", "value_min",
                "unit", "qualifier", "period", "target", "label", "evidence", "span"}) {
            assertTrue(first.has(field), field + " missing in " + lines[0]);
        }
        assertEquals(article, first.get("doc").asText());
        assertTrue(text(out).contains("\"metric\":\"incentive.housing_purchase\",\"value\":500000,"), text(out));
    }

    @Test
    void extractReportsAnUnreadableFileAndFails(@TempDir Path dir) {
        int status = ExtractCommand.run(new String[] {dir.resolve("missing.txt").toString()}, print(out), print(err));

        assertEquals(1, status);
        assertTrue(text(err).contains("missing.txt"), text(err));
        assertEquals("", text(out));
    }

    @Test
    void evalPrintsCountsAndTheSummaryLine() throws IOException, URISyntaxException {
        String gold = resource("/articles/suzhou_2023.expected.jsonl").toString();
        String article = resource("/articles/suzhou_2023.txt").toString();

        int status = EvalCommand.run(new String[] {gold, article}, print(out), print(err));

        assertEquals(0, status, text(err));
        assertTrue(text(out).startsWith("doc suzhou_2023.txt TP=14 FP=0 FN=0"), text(out));
        assertTrue(text(out).endsWith("P=1.000 R=1.000 F1=1.000 qualifier=1.000\n"), text(out));
    }

    @Test
    void evalRefusesABadGoldLine(@TempDir Path dir) throws IOException, URISyntaxException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"doc\": \"a.txt\"}\nnot json\n");

        int status = EvalCommand.run(new String[] {gold.toString(), resource("/articles/suzhou_2023.txt").toString()},
                print(out), print(err));

        assertEquals(1, status);
        assertTrue(text(err).contains("gold.jsonl:1"), text(err));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(FactCommandsTest.class.getResource(name).toURI());
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
