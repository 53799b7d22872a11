package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders both overlays with {@code kubectl kustomize} and checks every service Deployment with the fabric8
 * model: Quarkus health probes, resource requests and limits, a locked-down security context and an image
 * taken from the overlay's one registry/version pair.
 */
class KubernetesManifestsTest {

    private static final Pattern IMAGE =
            Pattern.compile("(?<registry>.+)/talent-atlas/(?<name>[a-z-]+):(?<tag>[^:/]+)");

    @EachOverlay
    void deploysExactlyTheThreeServices(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        Set<String> deployed = overlay.all(Deployment.class).stream()
                .map(d -> d.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Overlays.SERVICES), deployed, overlay + ": Deployments");
    }

    @EachOverlay
    void everyTypedObjectHasOnlyFieldsItsApiKnows(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (HasMetadata object : overlay.objects()) {
            if (!(object instanceof GenericKubernetesResource)) {
                assertEquals(List.of(), UnknownFields.in(object),
                        overlay + ": unknown fields in " + object.getKind() + " " + object.getMetadata().getName());
            }
        }
    }

    @EachOverlay
    void everyDeploymentProbesTheQuarkusHealthPaths(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (Deployment deployment : overlay.all(Deployment.class)) {
            Container container = ContainerEnvironment.container(deployment);
            String where = overlay + "/" + deployment.getMetadata().getName();
            assertEquals("/q/health/ready", httpGet(container.getReadinessProbe(), where).getPath(), where);
            assertEquals("/q/health/live", httpGet(container.getLivenessProbe(), where).getPath(), where);
            assertEquals("/q/health/started", httpGet(container.getStartupProbe(), where).getPath(), where);
        }
    }

    @EachOverlay
    void everyDeploymentRequestsAndLimitsCpuAndMemory(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (Deployment deployment : overlay.all(Deployment.class)) {
            ResourceRequirements resources = ContainerEnvironment.container(deployment).getResources();
            for (String resource : Set.of("cpu", "memory")) {
                String where = overlay + "/" + deployment.getMetadata().getName() + " " + resource;
                Quantity request = resources.getRequests().get(resource);
                Quantity limit = resources.getLimits().get(resource);
                assertNotNull(request, where + " request");
                assertNotNull(limit, where + " limit");
                assertTrue(Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(limit)) <= 0,
                        where + ": request " + request + " exceeds limit " + limit);
            }
        }
    }

    @EachOverlay
    void everyDeploymentRunsAsNonRootWithReadOnlyRootAndNoEscalation(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (Deployment deployment : overlay.all(Deployment.class)) {
            String where = overlay + "/" + deployment.getMetadata().getName();
            PodSecurityContext pod = deployment.getSpec().getTemplate().getSpec().getSecurityContext();
            SecurityContext container = ContainerEnvironment.container(deployment).getSecurityContext();
            assertNotNull(pod, where + " pod securityContext");
            assertNotNull(container, where + " container securityContext");
            assertTrue(Boolean.TRUE.equals(container.getRunAsNonRoot()) || Boolean.TRUE.equals(pod.getRunAsNonRoot()),
                    where + " runAsNonRoot");
            Long uid = container.getRunAsUser() != null ? container.getRunAsUser() : pod.getRunAsUser();
            assertNotEquals(Long.valueOf(0), uid, where + " runs as uid 0");
            assertEquals(Boolean.FALSE, container.getAllowPrivilegeEscalation(), where + " allowPrivilegeEscalation");
            assertEquals(Boolean.TRUE, container.getReadOnlyRootFilesystem(), where + " readOnlyRootFilesystem");
            assertFalse(Boolean.TRUE.equals(container.getPrivileged()), where + " privileged");
            assertTrue(container.getCapabilities().getDrop().contains("ALL"), where + " drops ALL capabilities");
        }
    }

    @EachOverlay
    void everyImageComesFromTheOverlaysOneRegistryAndVersion(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        Set<String> registries = new TreeSet<>();
        Set<String> tags = new TreeSet<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            String image = ContainerEnvironment.container(deployment).getImage();
            Matcher matcher = IMAGE.matcher(image);
            assertTrue(matcher.matches(),
                    overlay + ": image " + image + " is not <registry>/talent-atlas/<name>:<tag>");
            assertEquals(deployment.getMetadata().getName(), matcher.group("name"), overlay + ": image " + image);
            registries.add(matcher.group("registry"));
            tags.add(matcher.group("tag"));
        }
        assertEquals(1, registries.size(), overlay + ": one registry for all services, found " + registries);
        assertEquals(1, tags.size(), overlay + ": one version for all services, found " + tags);
        assertFalse(tags.contains("latest"), overlay + ": a moving tag makes rollouts unrepeatable");
    }

    @EachOverlay
    void probesAndScrapesUseThePortQuarkusListensOn(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (Deployment deployment : overlay.all(Deployment.class)) {
            String service = deployment.getMetadata().getName();
            Container container = ContainerEnvironment.container(deployment);
            int quarkusPort = Ports.quarkusHttpPort(overlay, deployment, Overlays.properties(service));
            String where = overlay + "/" + service;
            assertEquals(quarkusPort, Ports.containerPort(container, "http"), where + ": containerPort http");
            for (Probe probe : new Probe[] {container.getReadinessProbe(), container.getLivenessProbe(),
                    container.getStartupProbe()}) {
                assertEquals(quarkusPort, Ports.resolve(container, probe.getHttpGet().getPort()), where + " probe");
            }
            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            assertEquals("/q/metrics", annotations.get("prometheus.io/path"), where + " scrape path");
            assertEquals(String.valueOf(quarkusPort), annotations.get("prometheus.io/port"), where + " scrape port");
        }
    }

    private static HTTPGetAction httpGet(Probe probe, String where) {
        assertNotNull(probe, where + ": probe missing");
        assertNotNull(probe.getHttpGet(), where + ": probe is not an HTTP GET");
        return probe.getHttpGet();
    }
}
