package io.talentatlas.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway caches metrics-service answers and tells clients to cache its own. */
@ConfigMapping(prefix = "atlas.views")
public interface ViewCacheConfig {

    /** How long an answer is served from the cache without asking metrics-service again. */
    @WithDefault("15s")
    Duration freshFor();

    /**
     * How long an answer older than {@link #freshFor()} is still served at once while a background call refreshes
     * it (stale-while-revalidate): after warm-up no client waits for metrics-service. {@code asOf} tells its age.
     */
    @WithDefault("60s")
    Duration revalidateWithin();

    /** How long the last good answer may be served, marked stale, while metrics-service cannot be reached. */
    @WithDefault("1h")
    Duration keepStaleFor();

    /** The most answers kept; the least recently used go first. */
    @WithDefault("10000")
    int maxEntries();

    /** The {@code max-age} of the {@code Cache-Control} header on fresh answers. */
    @WithDefault("30s")
    Duration clientMaxAge();
}
