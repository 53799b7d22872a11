package io.talentatlas.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and timeouts of article intake ({@code atlas.ingest.*}). */
@ConfigMapping(prefix = "atlas.ingest")
public interface IngestConfig {

    /** Largest article accepted, in bytes of the raw document; larger ones are refused with 413. */
    @WithDefault("2097152")
    long maxArticleBytes();

    /** Most articles accepted in one batch request; a larger batch is refused as a whole with 413. */
    @WithDefault("500")
    int maxBatchArticles();

    /**
     * How long a request waits for the broker to acknowledge its record. Past it the client gets 503 and should
     * retry: the article id is derived from its content, so a record that still arrives later is not duplicated.
     */
    @WithDefault("10s")
    Duration publishTimeout();
}
