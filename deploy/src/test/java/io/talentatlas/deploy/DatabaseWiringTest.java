package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import java.net.URI;
import java.util.Optional;

/**
 * Checks the CloudNativePG cluster against its client: metrics-service connects to the primary's Service and
 * the database {@code initdb} creates, with the credentials Secret CloudNativePG generates for the owner.
 */
class DatabaseWiringTest {

    @EachOverlay
    void databaseClientsUseThePrimaryAndTheSecretCloudNativePgGenerates(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        GenericKubernetesResource cluster = OperatorResources.postgres(overlay);
        String name = cluster.getMetadata().getName();
        String database = cluster.get("spec", "bootstrap", "initdb", "database");
        assertEquals("atlas", database, overlay + " initdb database");
        assertEquals("atlas", cluster.get("spec", "bootstrap", "initdb", "owner"), overlay + " initdb owner");
        for (String service : Overlays.SERVICES) {
            if (Overlays.properties(service).usesDatasource()) {
                String where = overlay + "/" + service;
                ContainerEnvironment environment = Overlays.environment(overlay, service);
                String jdbcUrl = environment.literal("quarkus.datasource.jdbc.url")
                        .orElseThrow(() -> new AssertionError(where + " sets no literal quarkus.datasource.jdbc.url"));
                URI url = URI.create(jdbcUrl.substring("jdbc:".length()));
                assertEquals(name + "-rw", url.getHost(), where + ": JDBC URL must name the primary's Service");
                assertEquals("/" + database, url.getPath(), where + ": JDBC URL database");
                assertSecretKey(environment.secretKey("quarkus.datasource.username"), name + "-app", "username", where);
                assertSecretKey(environment.secretKey("quarkus.datasource.password"), name + "-app", "password", where);
            }
        }
    }

    private static void assertSecretKey(Optional<SecretKeySelector> actual, String secret, String key,
            String where) {
        SecretKeySelector selector = actual.orElseThrow(() -> new AssertionError(where + ": " + key + " not a Secret"));
        assertEquals(secret, selector.getName(), where + " " + key + " Secret");
        assertEquals(key, selector.getKey(), where + " " + key + " Secret key");
    }
}
