package io.talentatlas.metrics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The operator endpoints ({@code /admin}). */
@ConfigMapping(prefix = "atlas.admin")
public interface AdminConfig {

    /** The bearer token the admin endpoints require (env {@code ADMIN_TOKEN}); without one they are disabled. */
    Optional<String> token();

    /** Articles re-extracted per transaction batch by a reprocessing job. */
    @WithDefault("100")
    int reprocessBatchSize();
}
