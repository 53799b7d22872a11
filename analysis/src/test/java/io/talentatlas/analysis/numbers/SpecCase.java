package io.talentatlas.analysis.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One Recognizers-Text spec case from {@code recognizers-zh/} (see its README): an input and the numbers a reader
 * finds in it. A range expectation carries bounds instead of a value.
 *
 * @param id       stable case id ({@code number-017}, {@code numberrange-005})
 * @param model    number, percent, currency, dimension or numberrange
 * @param input    the text
 * @param expected the numbers to find; empty for a negative case
 */
record SpecCase(String id, String model, String input, List<Expected> expected) {

    /** One expected number: its span, value (or bounds for a range) and unit code. */
    record Expected(String text, int start, int end, BigDecimal value, BigDecimal min, BigDecimal max, String unit) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toString() {
        return id + " " + input;
    }

    static List<SpecCase> load(String resource) {
        List<SpecCase> cases = new ArrayList<>();
        try (InputStream in = SpecCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    cases.add(parse(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static SpecCase parse(JsonNode node) {
        List<Expected> expected = new ArrayList<>();
        for (JsonNode item : node.get("expected")) {
            expected.add(new Expected(item.get("text").asText(), item.get("start").asInt(), item.get("end").asInt(),
                    decimal(item, "value"), decimal(item, "min"), decimal(item, "max"), text(item, "unit")));
        }
        return new SpecCase(node.get("id").asText(), node.get("model").asText(), node.get("input").asText(),
                expected);
    }

    private static BigDecimal decimal(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : new BigDecimal(value.asText());
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
