package io.talentatlas.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentatlas.gateway.client.MetricsProblemException;
import io.talentatlas.gateway.client.MetricsUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

/**
 * Every call to metrics-service goes through here: bounded in time, retried once, cut off by a circuit breaker
 * when metrics-service keeps failing, and replaced by the last good answer (marked stale) when it fails. With
 * nothing cached the failure surfaces as {@link MetricsUnavailableException}, a 503: never a silent empty answer.
 * A refusal by metrics-service (4xx) is an answer, not a failure, and passes straight through.
 */
@ApplicationScoped
public class MetricsGateway {

    private static final Logger LOG = Logger.getLogger(MetricsGateway.class);

    private final ViewCache cache;

    public MetricsGateway(ViewCache cache) {
        this.cache = cache;
    }

    /** Calls metrics-service for the answer stored under {@code key}. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = MetricsProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = MetricsProblemException.class)
    @Fallback(fallbackMethod = "lastGoodAnswer", skipOn = MetricsProblemException.class)
    public Answer fetch(String key, Supplier<JsonNode> call) {
        return cache.put(key, call.get());
    }

    /** Calls metrics-service for an answer that is never cached (a preview of a posted document). */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = MetricsProblemException.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = MetricsProblemException.class)
    public JsonNode call(Supplier<JsonNode> call) {
        return call.get();
    }

    JsonNode unavailable(Supplier<JsonNode> call, Throwable failure) {
        throw new MetricsUnavailableException("metrics-service is unavailable", failure);
    }

    Answer lastGoodAnswer(String key, Supplier<JsonNode> call, Throwable failure) {
        LOG.warnf("metrics-service failed for %s (%s); serving the last good answer if any", key, failure.toString());
        return cache.stale(key).orElseThrow(() -> new MetricsUnavailableException(
                "metrics-service is unavailable and there is no earlier answer for " + key, failure));
    }
}
