package io.talentatlas.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The intake counters an operator watches. Every article handed in is counted once as ingested and then ends
 * either published (acknowledged by the broker) or rejected with a reason, so
 * {@code ingested = published + rejected}.
 */
@ApplicationScoped
public class IngestMetrics {

    /** Reason tag of articles that parsed but could not be handed to the broker. */
    public static final String UNAVAILABLE = "broker-unavailable";

    private final MeterRegistry registry;
    private final Counter ingested;
    private final Counter published;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.ingested = Counter.builder("atlas.articles.ingested")
                .description("Articles handed in for intake").register(registry);
        this.published = Counter.builder("atlas.articles.published")
                .description("Articles acknowledged by the broker").register(registry);
    }

    /** Counts an entry of a batch that could not even be read as a document. */
    public void unreadable(String reason) {
        ingested();
        rejected(reason);
    }

    void ingested() {
        ingested.increment();
    }

    void published() {
        published.increment();
    }

    void rejected(String reason) {
        Counter.builder("atlas.articles.rejected")
                .description("Articles refused, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
