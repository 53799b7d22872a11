package io.talentatlas.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentatlas.ingest.service.Document;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an NDJSON batch: one JSON object {@code {content, url?, name?}} per line, blank lines ignored. A line that
 * cannot be read becomes an unreadable entry, so the other lines still go through.
 */
@ApplicationScoped
public class NdjsonBatchReader {

    private final ObjectMapper json;

    public NdjsonBatchReader(ObjectMapper json) {
        this.json = json;
    }

    /** The entries of the batch, in line order. */
    List<BatchEntry> read(String body) {
        List<BatchEntry> entries = new ArrayList<>();
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                entries.add(entry(i + 1, lines[i]));
            }
        }
        return entries;
    }

    private BatchEntry entry(int lineNumber, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return BatchEntry.unreadable(Problems.invalidLine(lineNumber, e.getOriginalMessage()));
        }
        if (!node.isObject() || !node.path("content").isTextual()) {
            return BatchEntry.unreadable(Problems.invalidLine(lineNumber,
                    "expected an object with a string field \"content\""));
        }
        byte[] content = node.get("content").asText().getBytes(StandardCharsets.UTF_8);
        return BatchEntry.of(new Document(content, text(node, "name"), text(node, "url")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
