package io.talentatlas.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.talentatlas.events.ArticleParsed;
import io.talentatlas.events.EventJson;
import io.talentatlas.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes parsed articles to {@code articles.parsed}, keyed by article id, and reports success only once the
 * broker has acknowledged the record ({@code acks=all}).
 *
 * <p>The value is the JSON of {@link EventJson}, the one definition of the wire format shared with the consumer.
 */
@ApplicationScoped
public class ArticlePublisher {

    /** The outgoing channel, bound to the topic in {@code application.properties}. */
    public static final String CHANNEL = "articles-out";

    private final MutinyEmitter<String> emitter;
    private final Duration timeout;

    public ArticlePublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                            MutinyEmitter<String> emitter, IngestConfig config) {
        this.emitter = emitter;
        this.timeout = config.publishTimeout();
    }

    /** Sends the article; the future completes when the broker acknowledged it, or fails with PublishException. */
    public CompletableFuture<Void> send(ArticleParsed article) {
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message(article)))
                .ifNoItem().after(timeout).fail()
                .onFailure().transform(failure -> describe(article, failure))
                .subscribeAsCompletionStage();
    }

    /** Sends the article and blocks until the broker acknowledged it. */
    public void publish(ArticleParsed article) {
        Acks.await(send(article));
    }

    private static Message<String> message(ArticleParsed article) {
        OutgoingKafkaRecordMetadata<String> key = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(article.id())
                .build();
        return Message.of(toJson(article)).addMetadata(key);
    }

    private static String toJson(ArticleParsed article) {
        try {
            return EventJson.mapper().writeValueAsString(article);
        } catch (JsonProcessingException e) {
            // A record of strings, numbers and lists always serializes; failing here is a programming error.
            throw new IllegalStateException("cannot serialize article " + article.id(), e);
        }
    }

    private PublishException describe(ArticleParsed article, Throwable failure) {
        if (failure instanceof PublishException known) {
            return known;
        }
        String reason = failure instanceof TimeoutException
                ? "the broker did not acknowledge it within " + timeout.toMillis() + " ms"
                : "the broker refused it: " + failure.getMessage();
        return new PublishException("article " + article.id() + " was not published: " + reason, failure);
    }
}
