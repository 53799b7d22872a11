package io.talentatlas.deploy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads NetworkPolicies the way the cluster enforces them: which policies select a pod, which peers they
 * let in or out, and what each peer stands for (DNS, Kafka, PostgreSQL, one of the services, a namespace).
 */
final class PolicyPeers {

    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final String MONITORING_NAMESPACE = "monitoring";
    static final String DNS = "dns";
    static final String KAFKA = "kafka";
    static final String POSTGRES = "postgres";

    private static final String NAMESPACE_NAME = "kubernetes.io/metadata.name";

    private PolicyPeers() {
    }

    static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    /** The peers allowed in by every policy that selects the Deployment's pods. */
    static List<NetworkPolicyPeer> ingressPeers(RenderedOverlay overlay, Deployment deployment) {
        return selecting(overlay, deployment, "Ingress")
                .flatMap(p -> p.getSpec().getIngress().stream())
                .flatMap(rule -> rule.getFrom().isEmpty() ? Stream.of(everything()) : rule.getFrom().stream())
                .toList();
    }

    /** Names of the namespaces whose pods are allowed in; {@code *} for a selector that names none. */
    static Set<String> ingressNamespaces(RenderedOverlay overlay, Deployment deployment) {
        return ingressPeers(overlay, deployment).stream()
                .filter(peer -> peer.getNamespaceSelector() != null)
                .map(peer -> namespaceName(peer.getNamespaceSelector()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static List<NetworkPolicyEgressRule> egressRules(RenderedOverlay overlay, Deployment deployment) {
        return selecting(overlay, deployment, "Egress").flatMap(p -> p.getSpec().getEgress().stream()).toList();
    }

    /** The services (Deployments of this overlay) whose pods a same-namespace peer selects. */
    static Set<String> selectedServices(RenderedOverlay overlay, NetworkPolicyPeer peer) {
        return overlay.all(Deployment.class).stream()
                .filter(d -> LabelSelectors.matches(peer.getPodSelector(), podLabels(d)))
                .map(d -> d.getMetadata().getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What an egress peer stands for: {@link #DNS}, {@link #KAFKA}, {@link #POSTGRES}, services, or else. */
    static Set<String> classify(RenderedOverlay overlay, NetworkPolicyPeer peer, NetworkPolicyEgressRule rule) {
        if (peer.getIpBlock() != null) {
            return Set.of("ipBlock " + peer.getIpBlock().getCidr());
        }
        Map<String, String> pods = peer.getPodSelector() == null || peer.getPodSelector().getMatchLabels() == null
                ? Map.of() : peer.getPodSelector().getMatchLabels();
        if (peer.getNamespaceSelector() != null) {
            boolean dns = "kube-system".equals(namespaceName(peer.getNamespaceSelector()))
                    && "kube-dns".equals(pods.get("k8s-app"))
                    && rule.getPorts().stream().map(NetworkPolicyPort::getPort).allMatch(p -> p.getIntVal() == 53);
            return Set.of(dns ? DNS : "namespace " + namespaceName(peer.getNamespaceSelector()));
        }
        if (OperatorResources.kafka(overlay).getMetadata().getName().equals(pods.get("strimzi.io/cluster"))) {
            return Set.of(KAFKA);
        }
        if (OperatorResources.postgres(overlay).getMetadata().getName().equals(pods.get("cnpg.io/cluster"))) {
            return Set.of(POSTGRES);
        }
        Set<String> services = selectedServices(overlay, peer);
        return services.isEmpty() ? Set.of("pods " + pods) : services;
    }

    /** A Strimzi listener's {@code networkPolicyPeers}, as the NetworkPolicy peers Strimzi turns them into. */
    static List<NetworkPolicyPeer> strimziPeers(GenericKafkaListener listener) {
        List<NetworkPolicyPeer> peers = listener.getNetworkPolicyPeers();
        return peers == null || peers.isEmpty() ? List.of(everything()) : peers;
    }

    private static Stream<NetworkPolicy> selecting(RenderedOverlay overlay, Deployment deployment, String type) {
        return overlay.all(NetworkPolicy.class).stream()
                .filter(p -> p.getSpec().getPolicyTypes().contains(type))
                .filter(p -> LabelSelectors.matches(p.getSpec().getPodSelector(), podLabels(deployment)));
    }

    /** An empty {@code from}/{@code to} or peer list: every pod of every namespace. */
    private static NetworkPolicyPeer everything() {
        NetworkPolicyPeer peer = new NetworkPolicyPeer();
        peer.setNamespaceSelector(new LabelSelector());
        return peer;
    }

    /** The namespace a selector names by its {@code kubernetes.io/metadata.name}; {@code *} otherwise. */
    static String namespaceName(LabelSelector selector) {
        Map<String, String> labels = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        boolean exact = selector.getMatchExpressions().isEmpty() && labels.size() == 1;
        return exact && labels.containsKey(NAMESPACE_NAME) ? labels.get(NAMESPACE_NAME) : "*";
    }
}
