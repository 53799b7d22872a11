package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the pieces find each other: every Service selects pods that exist and a port they open,
 * every setting a service needs at start is in its ConfigMap or a Secret reference, the services' REST
 * client URLs name real Services and ports, and no credential is committed.
 */
class ServiceWiringTest {

    private static final Pattern SIZE = Pattern.compile("(\\d+)([kKmMgG]?)");
    private static final String QUARKUS_DEFAULT_MAX_BODY = "10240K";
    private static final String NGINX_DEFAULT = "1m";
    private static final String NGINX_BODY_SIZE = "nginx.ingress.kubernetes.io/proxy-body-size";
    /** Who calls whom: the gateway both services, ingest-service metrics-service (its duplicate check). */
    private static final Map<String, Set<String>> CALLS = Map.of(
            "gateway", Set.of("ingest-service", "metrics-service"),
            "ingest-service", Set.of("metrics-service"),
            "metrics-service", Set.of());
    private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|passwd|secret|token|credential).*");

    @EachOverlay
    void everyServiceSelectsPodsThatExistAndAPortTheyOpen(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (Service service : overlay.all(Service.class)) {
            String where = overlay + "/Service " + service.getMetadata().getName();
            List<Deployment> backends = backends(overlay, service);
            assertFalse(backends.isEmpty(), where + " selects no pods");
            for (Deployment backend : backends) {
                for (ServicePort port : service.getSpec().getPorts()) {
                    Ports.resolve(ContainerEnvironment.container(backend), port.getTargetPort());
                }
            }
            assertEquals("ClusterIP", service.getSpec().getType(), where + ": only the Ingress reaches in");
        }
    }

    @EachOverlay
    void everySettingAServiceNeedsAtStartIsSet(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (String service : Overlays.SERVICES) {
            ContainerEnvironment environment = Overlays.environment(overlay, service);
            for (StartupSettings.Requirement requirement : StartupSettings.of(Overlays.properties(service))) {
                assertTrue(requirement.satisfiedBy(environment), overlay + "/" + service + " does not set "
                        + requirement.reason() + "; accepted names: " + requirement.acceptedNames());
            }
        }
    }

    @EachOverlay
    void servicesCallEachOtherByServiceNameAndPort(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (String service : Overlays.SERVICES) {
            List<URI> urls = ClientUrls.of(overlay, service);
            assertEquals(CALLS.get(service), ClientUrls.calledServices(overlay, service),
                    overlay + ": " + service + " client URLs " + urls);
            for (URI url : urls) {
                Service target = overlay.named(Service.class, url.getHost()).orElseThrow(
                        () -> new AssertionError(overlay + ": " + url + " names no Service"));
                assertTrue(target.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == url.getPort()),
                        overlay + ": " + url + " uses a port the Service does not expose");
            }
        }
    }

    @EachOverlay
    void noCredentialIsCommitted(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (Secret secret : overlay.all(Secret.class)) {
            assertTrue(secret.getData() == null || secret.getData().isEmpty(), overlay + ": Secret with data");
            assertTrue(secret.getStringData() == null || secret.getStringData().isEmpty(),
                    overlay + ": Secret with stringData " + secret.getMetadata().getName());
        }
        for (ConfigMap configMap : overlay.all(ConfigMap.class)) {
            configMap.getData().keySet().forEach(key -> assertFalse(SENSITIVE.matcher(key).matches(),
                    overlay + ": ConfigMap " + configMap.getMetadata().getName() + " holds " + key));
        }
        for (Deployment deployment : overlay.all(Deployment.class)) {
            for (EnvVar variable : ContainerEnvironment.container(deployment).getEnv()) {
                if (SENSITIVE.matcher(variable.getName()).matches()) {
                    String where = overlay + "/" + deployment.getMetadata().getName() + " " + variable.getName();
                    assertNull(variable.getValue(), where + " has a literal value");
                    assertNotNull(variable.getValueFrom().getSecretKeyRef(), where + " is not a Secret reference");
                }
            }
        }
    }

    @EachOverlay
    void ingressLetsThroughTheLargestBodyTheGatewayAccepts(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        String gatewayLimit = Overlays.properties("gateway").value("quarkus.http.limits.max-body-size")
                .orElse(QUARKUS_DEFAULT_MAX_BODY);
        for (Ingress ingress : overlay.all(Ingress.class)) {
            Map<String, String> annotations = ingress.getMetadata().getAnnotations() == null
                    ? Map.of() : ingress.getMetadata().getAnnotations();
            String nginxLimit = annotations.getOrDefault(NGINX_BODY_SIZE, NGINX_DEFAULT);
            assertTrue(bytes(nginxLimit) == 0 || bytes(nginxLimit) >= bytes(gatewayLimit),
                    overlay + ": Ingress body limit " + nginxLimit
                            + " is below the gateway's quarkus.http.limits.max-body-size " + gatewayLimit);
        }
    }

    /** A size like {@code 64m} (nginx) or {@code 10240K} (Quarkus) in bytes; {@code 0} means unlimited. */
    private static long bytes(String size) {
        Matcher matcher = SIZE.matcher(size.trim());
        assertTrue(matcher.matches(), "not a size: " + size);
        int power = matcher.group(2).isEmpty() ? 0 : "KMG".indexOf(matcher.group(2).toUpperCase(Locale.ROOT)) + 1;
        return Long.parseLong(matcher.group(1)) << (10 * power);
    }

    private static List<Deployment> backends(RenderedOverlay overlay, Service service) {
        return overlay.all(Deployment.class).stream()
                .filter(d -> LabelSelectors.matches(service.getSpec().getSelector(),
                        d.getSpec().getTemplate().getMetadata().getLabels()))
                .toList();
    }
}
