package io.talentatlas.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentatlas.events.EventJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ParseCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path seed(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsOneJsonObjectPerFile() throws IOException {
        Path daqing = seed("001_ac8ff09426ec5f2e.txt");
        Path baotou = seed("002_aba55b2c8390ab8e.txt");
        assertEquals(0, run(daqing.toString(), baotou.toString()));
        assertEquals(2, outLines().size());
        assertEquals("", err.toString(StandardCharsets.UTF_8));

        JsonNode first = EventJson.mapper().readTree(outLines().get(0));
        assertEquals(daqing.toString(), first.get("doc").asText());
        assertTrue(first.get("title").isNull());
        assertTrue(first.get("publishedAt").isNull());
        assertEquals("大庆日报", first.get("outlet").asText());
        assertEquals("徐卫", first.get("authors").get(0).asText());
        assertEquals("TEXT", first.get("format").asText());
        assertEquals("230600", first.get("homeRegion").asText());
        assertEquals(64, first.get("id").asText().length());

        JsonNode second = EventJson.mapper().readTree(outLines().get(1));
        assertEquals("2023-01-05T09:31:00+08:00", second.get("publishedAt").asText());
        assertEquals("PLAIN_SCRAPE", second.get("format").asText());
        JsonNode heading = second.get("paragraphs").get(2);
        assertEquals("搭建聚才引才“凤凰台”", heading.get("text").asText());
        assertTrue(heading.get("heading").asBoolean());
        assertFalse(second.get("paragraphs").get(0).get("heading").asBoolean());
    }

    @Test
    void keepsTheFieldOrderOfThePublicFormat() throws IOException {
        assertEquals(0, run(seed("000_d558f9b531ea3abf.txt").toString()));
        List<String> names = new ArrayList<>();
        EventJson.mapper().readTree(outLines().get(0)).fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("doc", "id", "title", "publishedAt", "outlet", "authors", "url", "format", "homeRegion",
                "paragraphs"), names);
    }

    @Test
    void reportsBadFilesOnStderrAndStillPrintsTheOthers() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Path good = seed("004_05e16e586b8fd86e.txt");
        Path missing = dir.resolve("missing.txt");

        assertEquals(1, run(empty.toString(), good.toString(), binary.toString(), missing.toString()));

        assertEquals(1, outLines().size());
        List<String> errors = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, errors.size());
        assertTrue(errors.get(0).contains("empty.txt: empty (422)"), errors.get(0));
        assertTrue(errors.get(1).contains("image.png: binary (415)"), errors.get(1));
        assertTrue(errors.get(2).contains("missing.txt: cannot read"), errors.get(2));
    }

    @Test
    void refusesToRunWithoutFiles() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: atlas parse"));
    }
}
