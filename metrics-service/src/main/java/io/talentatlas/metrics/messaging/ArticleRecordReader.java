package io.talentatlas.metrics.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the value of an {@code articles.parsed} record. Done here rather than by a Kafka deserializer so that an
 * unreadable record becomes an ordinary failure of that one message (dead-lettered with its reason) instead of a
 * deserialization failure of the consumer.
 */
@ApplicationScoped
public class ArticleRecordReader {

    /** The article in {@code value}, or UnreadableRecordException saying why there is none. */
    public ArticleParsed read(String value) {
        if (value == null || value.isBlank()) {
            throw new UnreadableRecordException("empty record", null);
        }
        JsonNode tree = parse(value);
        int version = tree.path("schemaVersion").asInt(-1);
        if (version != ArticleParsed.SCHEMA_VERSION) {
            throw new UnreadableRecordException("unknown schemaVersion " + tree.path("schemaVersion")
                    + "; this service reads version " + ArticleParsed.SCHEMA_VERSION, null);
        }
        ArticleParsed article = convert(tree);
        if (article.id() == null || article.id().isBlank() || article.body() == null) {
            throw new UnreadableRecordException("article without id or body", null);
        }
        return article;
    }

    private static JsonNode parse(String value) {
        try {
            JsonNode tree = EventJson.mapper().readTree(value);
            if (tree == null || !tree.isObject()) {
                throw new UnreadableRecordException("not a JSON object", null);
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new UnreadableRecordException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ArticleParsed convert(JsonNode tree) {
        try {
            return EventJson.mapper().treeToValue(tree, ArticleParsed.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableRecordException("not an ArticleParsed: " + e.getMessage(), e);
        }
    }
}
