package io.talentatlas.metrics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the {@code articles.parsed} consumer waits out a database outage ({@code atlas.consumer.*}). */
@ConfigMapping(prefix = "atlas.consumer")
public interface ConsumerConfig {

    /** First wait before retrying a write the database could not take; doubled on each further failure. */
    @WithDefault("200ms")
    Duration outageFirstBackoff();

    /** Longest wait between two attempts, so that a recovered database is noticed quickly. */
    @WithDefault("5s")
    Duration outageMaxBackoff();
}
