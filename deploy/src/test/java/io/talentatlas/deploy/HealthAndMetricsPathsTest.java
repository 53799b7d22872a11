package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Checks that every service serves what the manifests probe and scrape: it depends on SmallRye Health
 * and Micrometer's Prometheus registry, and its properties keep them on the main HTTP port under
 * {@code /q/health/*} and {@code /q/metrics}.
 */
class HealthAndMetricsPathsTest {

    private static final Set<String> OBSERVABILITY_EXTENSIONS =
            Set.of("quarkus-smallrye-health", "quarkus-micrometer-registry-prometheus");

    @Test
    void everyServiceHasHealthChecksAndAPrometheusEndpoint() throws Exception {
        for (String service : Overlays.SERVICES) {
            Set<String> dependencies = dependencyArtifactIds(Overlays.root().resolve(service).resolve("pom.xml"));
            assertTrue(dependencies.containsAll(OBSERVABILITY_EXTENSIONS), service + " depends on " + dependencies);
        }
    }

    @Test
    void noServiceMovesTheHealthOrMetricsPaths() {
        for (String service : Overlays.SERVICES) {
            ServiceProperties properties = Overlays.properties(service);
            assertEquals("q", trimSlashes(properties.value("quarkus.http.non-application-root-path").orElse("q")),
                    service + ": probes and scrapes expect /q");
            assertEquals("health", trimSlashes(properties.value("quarkus.smallrye-health.root-path").orElse("health")),
                    service + ": probes expect /q/health");
            assertEquals("metrics",
                    trimSlashes(properties.value("quarkus.micrometer.export.prometheus.path").orElse("metrics")),
                    service + ": scrapes expect /q/metrics");
            assertNotEquals("true", properties.value("quarkus.management.enabled").orElse("false"),
                    service + ": a management interface would move /q/* off the http port the probes use");
        }
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static Set<String> dependencyArtifactIds(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList dependencies = document.getElementsByTagName("dependency");
        Set<String> artifactIds = new HashSet<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            NodeList children = dependencies.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if ("artifactId".equals(children.item(j).getNodeName())) {
                    artifactIds.add(children.item(j).getTextContent().strip());
                }
            }
        }
        return artifactIds;
    }
}
