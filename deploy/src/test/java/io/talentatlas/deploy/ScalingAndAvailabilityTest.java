package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodAffinityTerm;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks how the overlays scale and survive: metrics-service autoscaled by exactly one autoscaler (an HPA
 * on CPU in dev, KEDA on CPU and consumer lag in prod); in prod two or more replicas per service spread
 * over nodes, a PodDisruptionBudget for each, and a ServiceMonitor that scrapes every service.
 */
class ScalingAndAvailabilityTest {

    private static final String HOSTNAME = "kubernetes.io/hostname";

    @EachOverlay
    void metricsServiceHasExactlyOneAutoscaler(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        List<String> autoscalers = new ArrayList<>();
        overlay.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> "metrics-service".equals(h.getSpec().getScaleTargetRef().getName()))
                .forEach(h -> autoscalers.add("HPA " + h.getMetadata().getName()));
        OperatorResources.scaledObjects(overlay, "metrics-service")
                .forEach(s -> autoscalers.add("ScaledObject " + s.getMetadata().getName()));
        assertEquals(1, autoscalers.size(), overlay + ": autoscalers of metrics-service " + autoscalers);
    }

    @Test
    void devScalesMetricsServiceOnCpu() {
        HorizontalPodAutoscaler hpa = Overlays.dev().named(HorizontalPodAutoscaler.class, "metrics-service")
                .orElseThrow(() -> new AssertionError("dev has no HPA for metrics-service"));
        assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());
    }

    @Test
    void prodScalesMetricsServiceOnCpuAndConsumerLag() {
        List<GenericKubernetesResource> scalers = OperatorResources.scaledObjects(Overlays.prod(), "metrics-service");
        assertEquals(1, scalers.size(), "prod ScaledObjects for metrics-service");
        GenericKubernetesResource scaler = scalers.get(0);
        List<Map<String, Object>> triggers = scaler.get("spec", "triggers");
        assertEquals(List.of("cpu", "kafka"), triggers.stream().map(t -> t.get("type")).sorted().toList());
        assertTrue(((Number) scaler.get("spec", "minReplicaCount")).intValue() >= 2, "prod keeps two consumers");
    }

    @Test
    void prodRunsTwoReplicasOfEveryServiceOnDifferentNodes() {
        for (Deployment deployment : Overlays.prod().all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            assertTrue(deployment.getSpec().getReplicas() >= 2, name + " replicas");
            Affinity affinity = deployment.getSpec().getTemplate().getSpec().getAffinity();
            assertTrue(affinity != null && affinity.getPodAntiAffinity() != null, name + " has no pod anti-affinity");
            Stream<PodAffinityTerm> terms = Stream.concat(
                    affinity.getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution().stream(),
                    affinity.getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution().stream()
                            .map(WeightedPodAffinityTerm::getPodAffinityTerm));
            assertTrue(terms.anyMatch(t -> HOSTNAME.equals(t.getTopologyKey())
                            && LabelSelectors.matches(t.getLabelSelector(), PolicyPeers.podLabels(deployment))),
                    name + ": anti-affinity does not keep its own replicas apart");
        }
    }

    @Test
    void prodHasADisruptionBudgetForEveryService() {
        RenderedOverlay prod = Overlays.prod();
        for (Deployment deployment : prod.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            List<PodDisruptionBudget> budgets = prod.all(PodDisruptionBudget.class).stream()
                    .filter(b -> LabelSelectors.matches(b.getSpec().getSelector(), PolicyPeers.podLabels(deployment)))
                    .toList();
            assertEquals(1, budgets.size(), name + ": PodDisruptionBudgets");
            int minAvailable = budgets.get(0).getSpec().getMinAvailable().getIntVal();
            assertTrue(minAvailable >= 1 && minAvailable < deployment.getSpec().getReplicas(),
                    name + ": minAvailable " + minAvailable + " must keep one replica and still allow a drain");
        }
    }

    @Test
    void prodScrapesEveryServiceThroughAServiceMonitor() {
        RenderedOverlay prod = Overlays.prod();
        List<GenericKubernetesResource> monitors = prod.custom("ServiceMonitor");
        assertFalse(monitors.isEmpty(), "prod has no ServiceMonitor");
        for (Service service : prod.all(Service.class)) {
            boolean scraped = monitors.stream().anyMatch(m -> ServiceMonitors.scrapes(m, service));
            assertTrue(scraped, "no ServiceMonitor scrapes /q/metrics of " + service.getMetadata().getName());
        }
    }
}
