package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.exporter.KafkaExporterSpec;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.talentatlas.events.Topics;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the Strimzi resources against the services: KRaft node pools; the topics the services' channels
 * use exist as {@code KafkaTopic}s, with a retention, room for the producers' records and enough partitions
 * for every metrics-service replica; the clients, KEDA and the Kafka Exporter use the right bootstrap
 * address, consumer group and topic.
 */
class KafkaResourcesTest {

    private static final String KAFKA_DEFAULT_OFFSET_RESET = "latest";
    private static final String KAFKA_DEFAULT_MAX_REQUEST_SIZE = "1048576";
    private static final String BROKER_DEFAULT_MAX = "1048588";

    @EachOverlay
    void kafkaRunsInKraftModeWithControllerAndBrokerNodePools(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        Kafka kafka = OperatorResources.kafka(overlay);
        assertEquals("kafka.strimzi.io/v1beta2", kafka.getApiVersion());
        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/kraft"));
        assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/node-pools"));
        assertNull(kafka.getSpec().getZookeeper(), overlay + ": KRaft mode has no ZooKeeper");
        Set<ProcessRoles> roles = EnumSet.noneOf(ProcessRoles.class);
        for (KafkaNodePool pool : overlay.all(KafkaNodePool.class)) {
            assertEquals(kafka.getMetadata().getName(), pool.getMetadata().getLabels().get("strimzi.io/cluster"));
            roles.addAll(pool.getSpec().getRoles());
        }
        assertEquals(EnumSet.allOf(ProcessRoles.class), roles, overlay + ": node pool roles");
    }

    @EachOverlay
    void kafkaTopicsAreExactlyTheTopicsOfTheServicesChannels(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        Set<String> used = Overlays.SERVICES.stream()
                .flatMap(s -> Overlays.properties(s).topics().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = overlay.all(KafkaTopic.class).stream()
                .map(OperatorResources::topicName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(used, declared, overlay + ": KafkaTopics vs the channels in application.properties");
        assertEquals(Set.of(Topics.ARTICLES_PARSED, Topics.ARTICLES_PARSED_DLQ), declared, "events/Topics.java");
        String cluster = OperatorResources.kafka(overlay).getMetadata().getName();
        for (KafkaTopic topic : overlay.all(KafkaTopic.class)) {
            String where = overlay + "/KafkaTopic " + OperatorResources.topicName(topic);
            assertEquals(cluster, topic.getMetadata().getLabels().get("strimzi.io/cluster"), where + " cluster label");
            assertNotNull(topic.getSpec().getConfig().get("retention.ms"), where + ": retention is set on purpose");
        }
    }

    @EachOverlay
    void topicsTakeTheLargestRecordTheProducersMaySend(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        for (String service : Overlays.SERVICES) {
            ServiceProperties properties = Overlays.properties(service);
            for (String channel : properties.channels("outgoing")) {
                long producerMax = Long.parseLong(properties.value("mp.messaging.outgoing." + channel
                        + ".max.request.size").orElse(KAFKA_DEFAULT_MAX_REQUEST_SIZE));
                KafkaTopic topic = OperatorResources.topic(overlay, properties.topic("outgoing", channel));
                Object topicMax = topic.getSpec().getConfig().getOrDefault("max.message.bytes", BROKER_DEFAULT_MAX);
                assertTrue(Long.parseLong(String.valueOf(topicMax)) >= producerMax, overlay + "/" + service + " "
                        + channel + ": max.request.size " + producerMax + " > topic max.message.bytes " + topicMax);
            }
        }
    }

    @EachOverlay
    void articlesParsedHasAPartitionForEveryMetricsServiceReplica(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        Deployment consumer = Overlays.deployment(overlay, "metrics-service");
        int replicas = consumer.getSpec().getReplicas();
        for (HorizontalPodAutoscaler hpa : overlay.all(HorizontalPodAutoscaler.class)) {
            if ("metrics-service".equals(hpa.getSpec().getScaleTargetRef().getName())) {
                replicas = Math.max(replicas, hpa.getSpec().getMaxReplicas());
            }
        }
        for (GenericKubernetesResource scaler : OperatorResources.scaledObjects(overlay, "metrics-service")) {
            replicas = Math.max(replicas, ((Number) scaler.get("spec", "maxReplicaCount")).intValue());
        }
        int partitions = OperatorResources.topic(overlay, Topics.ARTICLES_PARSED).getSpec().getPartitions();
        assertTrue(partitions >= replicas,
                overlay + ": " + partitions + " partitions cannot feed " + replicas + " metrics-service replicas");
    }

    @EachOverlay
    void kafkaClientsUseTheBootstrapServiceOfThePlainListener(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        String bootstrap = OperatorResources.plainBootstrap(overlay);
        for (String service : Overlays.SERVICES) {
            if (Overlays.properties(service).usesKafka()) {
                ContainerEnvironment environment = Overlays.environment(overlay, service);
                assertEquals(bootstrap, environment.literal("kafka.bootstrap.servers").orElse(null),
                        overlay + "/" + service + " kafka.bootstrap.servers");
            }
        }
        for (GenericKubernetesResource scaler : OperatorResources.scaledObjects(overlay, "metrics-service")) {
            assertEquals(bootstrap, OperatorResources.kafkaTrigger(scaler).get("bootstrapServers"), "KEDA trigger");
        }
    }

    @EachOverlay
    void kedaWatchesTheLagOfMetricsServicesConsumerGroup(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        ServiceProperties properties = Overlays.properties("metrics-service");
        String channel = properties.channels("incoming").stream()
                .filter(ch -> properties.topic("incoming", ch).equals(Topics.ARTICLES_PARSED))
                .findFirst()
                .orElseThrow(() -> new AssertionError("metrics-service has no channel on " + Topics.ARTICLES_PARSED));
        for (GenericKubernetesResource scaler : OperatorResources.scaledObjects(overlay, "metrics-service")) {
            Map<String, Object> trigger = OperatorResources.kafkaTrigger(scaler);
            assertEquals(properties.consumerGroup(channel), trigger.get("consumerGroup"), overlay + " consumer group");
            assertEquals(Topics.ARTICLES_PARSED, trigger.get("topic"), overlay + " lag topic");
            // Without a committed offset KEDA counts the lag from where the consumer would start reading.
            String offsetReset = properties.value("mp.messaging.incoming." + channel + ".auto.offset.reset")
                    .orElse(KAFKA_DEFAULT_OFFSET_RESET);
            assertEquals(offsetReset, trigger.get("offsetResetPolicy"), overlay + " offsetResetPolicy");
        }
    }

    @EachOverlay
    void kafkaExporterReportsTheLagOfEveryConsumerGroup(String overlayName) {
        RenderedOverlay overlay = Overlays.rendered(overlayName);
        KafkaExporterSpec exporter = OperatorResources.kafka(overlay).getSpec().getKafkaExporter();
        assertNotNull(exporter, overlay + ": no Kafka Exporter, so no consumer-lag metric");
        Pattern groups = Pattern.compile(exporter.getGroupRegex());
        Pattern topics = Pattern.compile(exporter.getTopicRegex());
        for (String service : Overlays.SERVICES) {
            ServiceProperties properties = Overlays.properties(service);
            for (String channel : properties.channels("incoming")) {
                String where = overlay + "/" + service + " channel " + channel;
                assertTrue(groups.matcher(properties.consumerGroup(channel)).matches(), where + ": group not exported");
                String topic = properties.topic("incoming", channel);
                assertTrue(topics.matcher(topic).matches(), where + ": topic not exported");
            }
        }
    }
}
