package io.talentatlas.metrics.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.EventJson;
import io.talentatlas.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes test records to {@code articles.parsed} and reads back {@code articles.parsed.dlq}. */
final class Records implements AutoCloseable {

    /** Records of one test go to one partition, so that "the next record" is well defined. */
    static final int PARTITION = 0;

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> deadLetters;
    private final List<ConsumerRecord<String, String>> seenDeadLetters = new ArrayList<>();

    Records(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        deadLetters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        deadLetters.subscribe(List.of(Topics.ARTICLES_PARSED_DLQ));
    }

    /** Sends a raw value and waits for the broker's acknowledgement. */
    void send(String key, String value) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_PARSED, PARTITION, key, value)).get();
    }

    /** Sends an article as the wire JSON. */
    void send(ArticleParsed article) throws ExecutionException, InterruptedException, JsonProcessingException {
        send(article.id(), EventJson.mapper().writeValueAsString(article));
    }

    /** Polls the dead-letter topic once and returns every dead letter seen so far. */
    List<ConsumerRecord<String, String>> deadLetters() {
        deadLetters.poll(Duration.ofMillis(200)).forEach(seenDeadLetters::add);
        return List.copyOf(seenDeadLetters);
    }

    /** The value of a header of a record, or null. */
    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
        deadLetters.close();
    }
}
