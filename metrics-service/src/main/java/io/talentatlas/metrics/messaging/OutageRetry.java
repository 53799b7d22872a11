package io.talentatlas.metrics.messaging;

import io.talentatlas.metrics.config.ConsumerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a database write until the database takes it, waiting (with capped exponential backoff) through outages.
 * A failure that is not an outage is rethrown at once. While it waits, the consumer holds its record: the offset
 * is not committed and later records queue behind it, so an outage delays articles but never drops one.
 */
@ApplicationScoped
public class OutageRetry {

    private static final Logger LOG = Logger.getLogger(OutageRetry.class);

    private final ConsumerConfig config;
    private final ConsumerMetrics metrics;

    public OutageRetry(ConsumerConfig config, ConsumerMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * The write's result.
     *
     * @throws InterruptedException when the service shuts down while waiting; the record stays uncommitted
     */
    public <T> T run(String what, Supplier<T> write) throws InterruptedException {
        Duration backoff = config.outageFirstBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!DatabaseOutage.causedBy(e)) {
                    throw e;
                }
                LOG.warnf("database unavailable while storing %s (attempt %d, next in %d ms): %s", what, attempt,
                        backoff.toMillis(), rootMessage(e));
                metrics.outageRetry();
                Thread.sleep(backoff.toMillis());
                backoff = min(backoff.multipliedBy(2), config.outageMaxBackoff());
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
