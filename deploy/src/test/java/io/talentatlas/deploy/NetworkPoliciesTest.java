package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the lock-down: every service pod starts from deny-all; only the gateway is reachable from outside
 * (through the Ingress); ingest-service and metrics-service accept calls only from the services whose REST clients
 * call them (the gateway; ingest-service for metrics-service's duplicate check), and scrapes from the monitoring
 * namespace; the services reach DNS, Kafka, PostgreSQL and the services they call, each just what its
 * application.properties and ConfigMap say it uses.
 */
class NetworkPoliciesTest {

    private static final int POSTGRES_PORT = 5432;
    private static final List<String> INTERNAL_PATHS = List.of("/q/health/ready", "/q/metrics");

    @EachOverlay
    void everyServicePodStartsFromDenyAll(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (Deployment deployment : overlay.all(Deployment.class)) {
            Map<String, String> labels = PolicyPeers.podLabels(deployment);
            boolean denied = overlay.all(NetworkPolicy.class).stream()
                    .filter(p -> LabelSelectors.matches(p.getSpec().getPodSelector(), labels))
                    .anyMatch(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                            && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty());
            assertTrue(denied, overlay + "/" + deployment.getMetadata().getName() + " is not under a deny-all policy");
        }
    }

    @EachOverlay
    void onlyTheGatewayIsExposedThroughTheIngress(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        List<Ingress> ingresses = overlay.all(Ingress.class);
        assertEquals(1, ingresses.size(), overlay + ": Ingresses");
        List<HTTPIngressPath> paths = ingresses.get(0).getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .toList();
        for (HTTPIngressPath path : paths) {
            assertEquals("gateway", path.getBackend().getService().getName(), overlay + ": Ingress backend");
            for (String internal : INTERNAL_PATHS) {
                assertFalse(routes(path.getPath(), internal), overlay + ": Ingress path " + path.getPath()
                        + " publishes " + internal);
            }
        }
        for (String service : Overlays.SERVICES) {
            Set<String> namespaces = PolicyPeers.ingressNamespaces(overlay, Overlays.deployment(overlay, service));
            Set<String> expected = service.equals("gateway")
                    ? Set.of(PolicyPeers.INGRESS_NAMESPACE, PolicyPeers.MONITORING_NAMESPACE)
                    : Set.of(PolicyPeers.MONITORING_NAMESPACE);
            assertEquals(expected, namespaces, overlay + "/" + service + ": namespaces allowed in");
        }
    }

    @EachOverlay
    void internalServicesAreCalledOnlyByTheServicesThatCallThem(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (String service : List.of("ingest-service", "metrics-service")) {
            Deployment deployment = Overlays.deployment(overlay, service);
            Set<String> callers = new TreeSet<>();
            for (NetworkPolicyPeer peer : PolicyPeers.ingressPeers(overlay, deployment)) {
                if (peer.getNamespaceSelector() == null) {
                    callers.addAll(PolicyPeers.selectedServices(overlay, peer));
                }
            }
            assertEquals(ClientUrls.callersOf(overlay, service), callers,
                    overlay + "/" + service + ": pods allowed to call it");
        }
    }

    @EachOverlay
    void servicesReachOnlyWhatTheyUse(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (String service : Overlays.SERVICES) {
            Deployment deployment = Overlays.deployment(overlay, service);
            Set<String> reached = new TreeSet<>();
            for (NetworkPolicyEgressRule rule : PolicyPeers.egressRules(overlay, deployment)) {
                assertFalse(rule.getTo().isEmpty(), overlay + "/" + service + ": egress rule to every destination");
                rule.getTo().forEach(peer -> reached.addAll(PolicyPeers.classify(overlay, peer, rule)));
            }
            assertEquals(destinationsUsedBy(overlay, service), reached,
                    overlay + "/" + service + ": destinations allowed out");
        }
    }

    /** DNS, plus Kafka and PostgreSQL when the service's properties use them, plus the services it calls. */
    private static Set<String> destinationsUsedBy(RenderedOverlay overlay, String service) {
        ServiceProperties properties = Overlays.properties(service);
        Set<String> expected = new TreeSet<>(Set.of(PolicyPeers.DNS));
        if (properties.usesKafka()) {
            expected.add(PolicyPeers.KAFKA);
        }
        if (properties.usesDatasource()) {
            expected.add(PolicyPeers.POSTGRES);
        }
        expected.addAll(ClientUrls.calledServices(overlay, service));
        return expected;
    }

    @EachOverlay
    void kafkaListenerAdmitsOnlyTheServicesThatUseKafka(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        Kafka kafka = OperatorResources.kafka(overlay);
        Set<String> expected = new TreeSet<>();
        Overlays.SERVICES.stream().filter(s -> Overlays.properties(s).usesKafka()).forEach(expected::add);
        for (GenericKafkaListener listener : kafka.getSpec().getKafka().getListeners()) {
            Set<String> admitted = new TreeSet<>();
            for (NetworkPolicyPeer peer : PolicyPeers.strimziPeers(listener)) {
                if (peer.getNamespaceSelector() == null) {
                    admitted.addAll(PolicyPeers.selectedServices(overlay, peer));
                } else {
                    assertEquals("keda", PolicyPeers.namespaceName(peer.getNamespaceSelector()),
                            overlay + ": only KEDA, reading consumer lag, may reach Kafka from another namespace");
                }
            }
            assertEquals(expected, admitted, overlay + ": Kafka listener " + listener.getName() + " peers");
        }
    }

    @EachOverlay
    void postgresAcceptsSqlOnlyFromItsOwnInstancesAndTheServicesWithADatasource(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        String cluster = OperatorResources.postgres(overlay).getMetadata().getName();
        Map<String, String> instanceLabels = Map.of("cnpg.io/cluster", cluster);
        List<NetworkPolicy> policies = overlay.all(NetworkPolicy.class).stream()
                .filter(p -> LabelSelectors.matches(p.getSpec().getPodSelector(), instanceLabels))
                .toList();
        assertFalse(policies.isEmpty(), overlay + ": no NetworkPolicy guards PostgreSQL");
        Set<String> expected = new TreeSet<>(Set.of(cluster));
        Overlays.SERVICES.stream().filter(s -> Overlays.properties(s).usesDatasource()).forEach(expected::add);
        Set<String> admitted = new TreeSet<>();
        policies.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .filter(rule -> rule.getPorts().stream().anyMatch(port -> port.getPort().getIntVal() == POSTGRES_PORT))
                .flatMap(rule -> rule.getFrom().stream())
                .forEach(peer -> {
                    assertNull(peer.getNamespaceSelector(), overlay + ": SQL from another namespace");
                    boolean instance = LabelSelectors.matches(peer.getPodSelector(), instanceLabels);
                    admitted.addAll(instance ? Set.of(cluster) : PolicyPeers.selectedServices(overlay, peer));
                });
        assertEquals(expected, admitted, overlay + ": pods allowed to open SQL connections");
    }

    /** Whether a {@code Prefix} Ingress path matches a request path (prefixes match whole path elements). */
    private static boolean routes(String prefix, String requestPath) {
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return trimmed.isEmpty() || requestPath.equals(trimmed) || requestPath.startsWith(trimmed + "/");
    }
}
