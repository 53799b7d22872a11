package io.talentatlas.ingest.service;

import io.talentatlas.ingest.client.DuplicateCheck;
import io.talentatlas.ingest.client.MetricsClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks metrics-service what it already stores of an article's story, guarded so that the answer is never worth
 * refusing or delaying an article for: a short timeout, one retry, a circuit breaker when metrics-service keeps
 * failing, and a fallback that says "nothing known" (the article is then published unlinked, and metrics-service
 * links it itself when it stores it, see its README).
 */
@ApplicationScoped
public class StoredCopies {

    private static final Logger LOG = Logger.getLogger(StoredCopies.class);

    private final MetricsClient metrics;

    public StoredCopies(@RestClient MetricsClient metrics) {
        this.metrics = metrics;
    }

    /** What metrics-service stores of the article with this id and body fingerprint. */
    @Timeout(value = 800, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unknown")
    public DuplicateCheck check(String id, long fingerprint) {
        return metrics.duplicateCheck(id, String.format("%016x", fingerprint));
    }

    DuplicateCheck unknown(String id, long fingerprint, Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            LOG.debugf("article %s published unlinked: the metrics-service circuit is open", id);
        } else {
            LOG.warnf("article %s published unlinked: metrics-service duplicate check failed (%s)", id, failure);
        }
        return DuplicateCheck.unknown(id);
    }
}
