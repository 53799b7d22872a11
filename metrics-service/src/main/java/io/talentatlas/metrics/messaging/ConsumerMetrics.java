package io.talentatlas.metrics.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.talentatlas.metrics.service.StoreOutcome;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The consumer's counters: articles consumed, facts stored, records dead-lettered (by reason), and store attempts
 * repeated during a database outage.
 */
@ApplicationScoped
public class ConsumerMetrics {

    /** Reason tag of records that are not a readable article. */
    static final String UNREADABLE = "unreadable";
    /** Reason tag of readable articles whose processing failed for another reason than a database outage. */
    static final String FAILED = "failed";

    private final MeterRegistry registry;
    private final Counter consumed;
    private final Counter factsStored;
    private final Counter outageRetries;

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.consumed = Counter.builder("atlas.articles.consumed")
                .description("Articles read from articles.parsed and stored (or found already stored)")
                .register(registry);
        this.factsStored = Counter.builder("atlas.facts.stored")
                .description("Facts written to the database").register(registry);
        this.outageRetries = Counter.builder("atlas.consumer.outage-retries")
                .description("Store attempts repeated because the database was unavailable").register(registry);
    }

    void outageRetry() {
        outageRetries.increment();
    }

    void consumed(StoreOutcome outcome) {
        consumed.increment();
        if (outcome.changed()) {
            factsStored.increment(outcome.factCount());
        }
    }

    void deadLettered(String reason) {
        Counter.builder("atlas.articles.dead-lettered")
                .description("Records sent to articles.parsed.dlq, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
