package io.talentatlas.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The objects of one rendered overlay as typed model objects: built-in kinds as fabric8 classes
 * ({@link Deployment}, {@link Service}, ...), Strimzi's kinds as Strimzi's own model classes, and the other
 * operators' custom resources (CloudNativePG, KEDA, Prometheus Operator) as {@link GenericKubernetesResource}.
 */
record RenderedOverlay(String name, List<HasMetadata> objects) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Class<? extends HasMetadata>> STRIMZI_KINDS = Map.of(
            "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class);

    /** Parses the multi-document YAML that kustomize printed. */
    static RenderedOverlay parse(String name, String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isEmpty()) {
                    objects.add(toModel(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the objects rendered for overlay " + name, e);
        }
        return new RenderedOverlay(name, List.copyOf(objects));
    }

    private static HasMetadata toModel(JsonNode document) throws IOException {
        String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<? extends HasMetadata> strimziKind = STRIMZI_KINDS.get(type);
        return strimziKind != null
                ? YAML.treeToValue(document, strimziKind)
                : (HasMetadata) YAML.treeToValue(document, KubernetesResource.class);
    }

    /** All objects of one typed kind. */
    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** All untyped custom resources of one kind, for example {@code "ScaledObject"}. */
    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    /** One object of a built-in kind by name. */
    <T extends HasMetadata> Optional<T> named(Class<T> type, String objectName) {
        return all(type).stream().filter(o -> objectName.equals(o.getMetadata().getName())).findFirst();
    }

    /** The data of the ConfigMap with this name, empty when there is none. */
    Map<String, String> configMapData(String configMapName) {
        return named(ConfigMap.class, configMapName)
                .map(ConfigMap::getData)
                .map(Map::copyOf)
                .orElse(Map.of());
    }

    /** Count of objects per kind, for the report. */
    Map<String, Long> countsByKind() {
        return objects.stream()
                .collect(Collectors.groupingBy(HasMetadata::getKind, TreeMap::new, Collectors.counting()));
    }

    @Override
    public String toString() {
        return name;
    }
}
