package io.talentatlas.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerType;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.List;
import java.util.Map;

/** The operators' custom resources (Strimzi, CloudNativePG, KEDA) of a rendered overlay, found and read. */
final class OperatorResources {

    private OperatorResources() {
    }

    /** The one Strimzi {@code Kafka} cluster of the overlay. */
    static Kafka kafka(RenderedOverlay overlay) {
        List<Kafka> clusters = overlay.all(Kafka.class);
        if (clusters.size() != 1) {
            throw new AssertionError(overlay + ": expected one Kafka, found " + clusters.size());
        }
        return clusters.get(0);
    }

    /** The one CloudNativePG {@code Cluster} of the overlay. */
    static GenericKubernetesResource postgres(RenderedOverlay overlay) {
        GenericKubernetesResource cluster = single(overlay, "Cluster");
        if (!"postgresql.cnpg.io/v1".equals(cluster.getApiVersion())) {
            throw new AssertionError(overlay + ": Cluster is not a CloudNativePG cluster: " + cluster.getApiVersion());
        }
        return cluster;
    }

    /** The Kafka topic a {@code KafkaTopic} manages: {@code spec.topicName}, else the resource name. */
    static String topicName(KafkaTopic topic) {
        String topicName = topic.getSpec().getTopicName();
        return topicName != null ? topicName : topic.getMetadata().getName();
    }

    static KafkaTopic topic(RenderedOverlay overlay, String name) {
        return overlay.all(KafkaTopic.class).stream()
                .filter(t -> name.equals(topicName(t)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no KafkaTopic " + name));
    }

    /** {@code <cluster>-kafka-bootstrap:<port>} of the Kafka's internal listener without TLS. */
    static String plainBootstrap(RenderedOverlay overlay) {
        Kafka kafka = kafka(overlay);
        GenericKafkaListener plain = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> l.getType() == KafkaListenerType.INTERNAL && !l.isTls())
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": Kafka has no internal plain listener"));
        return kafka.getMetadata().getName() + "-kafka-bootstrap:" + plain.getPort();
    }

    /** The KEDA ScaledObjects that scale a Deployment. */
    static List<GenericKubernetesResource> scaledObjects(RenderedOverlay overlay, String deployment) {
        return overlay.custom("ScaledObject").stream()
                .filter(s -> deployment.equals(s.get("spec", "scaleTargetRef", "name")))
                .toList();
    }

    /** The metadata of a ScaledObject's {@code kafka} trigger. */
    static Map<String, Object> kafkaTrigger(GenericKubernetesResource scaledObject) {
        List<Map<String, Object>> triggers = scaledObject.get("spec", "triggers");
        return triggers.stream()
                .filter(t -> "kafka".equals(t.get("type")))
                .findFirst()
                .map(OperatorResources::metadata)
                .orElseThrow(() -> new AssertionError("ScaledObject has no kafka trigger"));
    }

    @SuppressWarnings("unchecked") // YAML maps parsed by Jackson into GenericKubernetesResource
    private static Map<String, Object> metadata(Map<String, Object> trigger) {
        return (Map<String, Object>) trigger.get("metadata");
    }

    private static GenericKubernetesResource single(RenderedOverlay overlay, String kind) {
        List<GenericKubernetesResource> resources = overlay.custom(kind);
        if (resources.size() != 1) {
            throw new AssertionError(overlay + ": expected one " + kind + ", found " + resources.size());
        }
        return resources.get(0);
    }
}
