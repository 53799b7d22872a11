package io.talentatlas.analysis.facts.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.talentatlas.events.EventJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a gold file: one fact per line as JSON with the {@link FactLine} fields, of which {@code doc}, {@code metric}
 * and {@code value} are required.
 */
public final class GoldFile {

    private GoldFile() {
    }

    /** The gold facts, one JSON object per non-blank line; a bad line is reported with its number. */
    public static List<FactLine> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<FactLine> gold = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                FactLine fact = EventJson.mapper().readValue(lines.get(i), FactLine.class);
                if (fact.doc() == null || fact.metric() == null || fact.value() == null) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": needs doc, metric and value");
                }
                gold.add(fact);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a JSON fact: "
                        + e.getOriginalMessage(), e);
            }
        }
        return gold;
    }
}
