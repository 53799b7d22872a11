package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading of application.properties that the manifest checks rely on: prod profile, env references,
 * channels with dotted names, dead-letter topics, consumer groups and the settings a service needs.
 */
class ServicePropertiesTest {

    private static final String SAMPLE = """
            ## Identity
            quarkus.application.name=consumer
            quarkus.http.port=${HTTP_PORT:8082}
            ## Database
            quarkus.datasource.db-kind=postgresql
            quarkus.datasource.jdbc.url=${DB_URL:jdbc:postgresql://127.0.0.1:5432/atlas}
            quarkus.datasource.username=${DB_USER}
            %test.quarkus.datasource.jdbc.url=jdbc:postgresql://test/atlas
            %prod.quarkus.log.level=${LOG_LEVEL:INFO}
            ## Messaging
            kafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}
            mp.messaging.incoming.articles.parsed-in.connector=smallrye-kafka
            mp.messaging.incoming.articles.parsed-in.topic=articles.parsed
            mp.messaging.incoming.articles.parsed-in.group.id=the-group
            mp.messaging.incoming.articles.parsed-in.failure-strategy=dead-letter-queue
            mp.messaging.incoming.articles.parsed-in.dead-letter-queue.topic=articles.parsed.dlq
            mp.messaging.outgoing.audit.connector=smallrye-kafka
            ## Clients
            quarkus.rest-client.ingest.url=http://ingest:8081
            """;

    @TempDir
    Path root;

    @Test
    void readsChannelsTopicsAndGroupsOfTheProdProfile() throws IOException {
        ServiceProperties properties = load();
        assertEquals(Set.of("articles.parsed-in"), properties.channels("incoming"));
        assertEquals(Set.of("articles.parsed", "articles.parsed.dlq", "audit"), properties.topics());
        assertEquals("the-group", properties.consumerGroup("articles.parsed-in"));
        assertEquals("${DB_URL:jdbc:postgresql://127.0.0.1:5432/atlas}",
                properties.value("quarkus.datasource.jdbc.url").orElseThrow(), "the %test value is left out");
        assertEquals("${LOG_LEVEL:INFO}", properties.value("quarkus.log.level").orElseThrow(), "%prod is read");
        assertTrue(properties.usesKafka());
        assertTrue(properties.usesDatasource());
    }

    @Test
    void requiresVariablesWithoutOrWithLocalDefaultsAndTheServersAndClients() throws IOException {
        List<String> reasons = StartupSettings.of(load()).stream().map(StartupSettings.Requirement::reason).toList();
        assertTrue(reasons.contains("${DB_USER} in quarkus.datasource.username (no default)"), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("${KAFKA_BOOTSTRAP_SERVERS}")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("quarkus.rest-client.ingest.url")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("quarkus.datasource.password")), reasons::toString);
        assertFalse(reasons.stream().anyMatch(r -> r.contains("HTTP_PORT") || r.contains("LOG_LEVEL")),
                "a non-local default is a default: " + reasons);
    }

    private ServiceProperties load() throws IOException {
        Path resources = Files.createDirectories(root.resolve("consumer/src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), SAMPLE);
        return ServiceProperties.load(root, "consumer");
    }
}
