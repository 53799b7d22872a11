package io.talentatlas.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Refreshes cached answers in the background, at most one call per key at a time: when many clients ask for the
 * same ageing view at once, metrics-service sees one request, not a stampede. Failures are left to
 * {@link MetricsGateway}'s fault tolerance; the cached answer simply stays.
 */
@ApplicationScoped
public class BackgroundRefresh {

    private static final Logger LOG = Logger.getLogger(BackgroundRefresh.class);

    private final MetricsGateway gateway;
    private final ManagedExecutor executor;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public BackgroundRefresh(MetricsGateway gateway, ManagedExecutor executor) {
        this.gateway = gateway;
        this.executor = executor;
    }

    /** Starts a refresh of {@code key} unless one is already running. */
    public void refresh(String key, Supplier<JsonNode> call) {
        if (!inFlight.add(key)) {
            return;
        }
        executor.runAsync(() -> gateway.fetch(key, call))
                .whenComplete((answer, failure) -> {
                    inFlight.remove(key);
                    if (failure != null) {
                        LOG.debugf("background refresh of %s failed: %s", key, failure.toString());
                    }
                });
    }
}
