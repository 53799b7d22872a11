package io.talentatlas.ingest;

import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.EventJson;
import io.talentatlas.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what ingest-service published to {@code articles.parsed}, keyed by record key, for assertions. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, ConsumerRecord<String, String>> byKey = new ConcurrentHashMap<>();

    public TopicReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(Topics.ARTICLES_PARSED));
    }

    /** Polls once and returns the record with that key, if it has been seen. */
    public Optional<ConsumerRecord<String, String>> poll(String key) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> byKey.put(record.key(), record));
        return Optional.ofNullable(byKey.get(key));
    }

    /** The record's value read back as the wire contract. */
    public static ArticleParsed article(ConsumerRecord<String, String> record) {
        try {
            return EventJson.mapper().readValue(record.value(), ArticleParsed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
