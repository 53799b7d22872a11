package io.talentatlas.e2e;

import io.talentatlas.testsupport.KafkaBroker;
import io.talentatlas.testsupport.KafkaTestResource;
import io.talentatlas.testsupport.PostgresServer;
import io.talentatlas.testsupport.PostgresTestResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on this machine: a real Kafka broker and a real PostgreSQL (from test-support, or the external
 * ones named by {@code KAFKA_BOOTSTRAP_SERVERS}/{@code DB_URL}), and the three packaged services wired to them and
 * to each other on free ports.
 */
final class Pipeline implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final List<AutoCloseable> started = new ArrayList<>();
    private KafkaBroker kafka;
    private PostgresServer postgres;
    private ServiceProcess metrics;
    private ServiceProcess ingest;
    private ServiceProcess gateway;

    /** Starts the servers, then the services, and waits until each service is ready. */
    static Pipeline start() {
        Pipeline pipeline = new Pipeline();
        try {
            pipeline.startServers();
            pipeline.startServices();
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    String gatewayUrl() {
        return gateway.url();
    }

    String metricsUrl() {
        return metrics.url();
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    PostgresServer postgres() {
        return postgres;
    }

    private void startServers() {
        String externalKafka = System.getenv(KafkaTestResource.BOOTSTRAP_ENV);
        kafka = track(externalKafka == null || externalKafka.isBlank()
                ? KafkaBroker.start() : KafkaBroker.external(externalKafka));
        postgres = track(PostgresTestResource.fromEnvironmentOrEmbedded());
    }

    private void startServices() {
        Path root = Path.of(System.getProperty("atlas.root", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("atlas.e2e.logs", "target/e2e-logs"));
        Map<String, String> servers = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "DB_URL", postgres.jdbcUrl(),
                "DB_USER", postgres.user(),
                "DB_PASSWORD", postgres.password());
        int metricsPort = freePort();
        int ingestPort = freePort();
        metrics = track(ServiceProcess.launch(root, "metrics-service", metricsPort, servers, logs));
        Map<String, String> ingestEnv = new HashMap<>(servers);
        // The duplicate check before publishing (StoredCopies): without it every repost would go out unlinked.
        ingestEnv.put("METRICS_URL", "http://127.0.0.1:" + metricsPort);
        ingest = track(ServiceProcess.launch(root, "ingest-service", ingestPort, ingestEnv, logs));
        gateway = track(ServiceProcess.launch(root, "gateway", freePort(), Map.of(
                "INGEST_URL", "http://127.0.0.1:" + ingestPort,
                "METRICS_URL", "http://127.0.0.1:" + metricsPort,
                // Read-your-writes: the test compares answers before and after a delivery, so the gateway must
                // not serve them from its few-seconds freshness cache.
                "ATLAS_VIEWS_FRESH_FOR", "0s"), logs));
        metrics.awaitReady(STARTUP);
        ingest.awaitReady(STARTUP);
        gateway.awaitReady(STARTUP);
    }

    /** Stops the services first (so that none sees its servers vanish while busy), then the servers. */
    @Override
    public void close() {
        List<AutoCloseable> reversed = new ArrayList<>(started);
        Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("could not stop " + resource + ": " + e);
            }
        }
        started.clear();
    }

    private <T extends AutoCloseable> T track(T resource) {
        started.add(resource);
        return resource;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
