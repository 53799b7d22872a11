package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks that prod keeps its data through the loss of a node: Kafka on three nodes with every partition
 * on three of them and writes acknowledged by two; PostgreSQL on three instances with WAL archiving and
 * a nightly base backup to an object store whose credentials stay in a Secret.
 */
class DataDurabilityTest {

    @Test
    void prodReplicatesEveryTopicOnThreeKafkaNodes() {
        RenderedOverlay prod = Overlays.prod();
        int nodes = prod.all(KafkaNodePool.class).stream().mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        assertTrue(nodes >= 3, "prod Kafka nodes: " + nodes);
        for (KafkaTopic topic : prod.all(KafkaTopic.class)) {
            String name = OperatorResources.topicName(topic);
            int replicas = topic.getSpec().getReplicas();
            int minInSync = Integer.parseInt(String.valueOf(topic.getSpec().getConfig().get("min.insync.replicas")));
            assertEquals(3, replicas, name + " replicas");
            assertTrue(minInSync >= 2 && minInSync < replicas, name + ": min.insync.replicas " + minInSync);
        }
    }

    @Test
    void prodRunsThreePostgresInstancesWithArchivedBackups() {
        RenderedOverlay prod = Overlays.prod();
        GenericKubernetesResource cluster = OperatorResources.postgres(prod);
        assertEquals(3, ((Number) cluster.get("spec", "instances")).intValue(), "prod PostgreSQL instances");
        Map<String, Object> store = cluster.get("spec", "backup", "barmanObjectStore");
        assertNotNull(store, "prod declares no barmanObjectStore backup");
        Object destination = store.get("destinationPath");
        assertFalse(destination == null || destination.toString().isBlank(), "backup destinationPath");
        assertNotNull(cluster.get("spec", "backup", "barmanObjectStore", "s3Credentials", "accessKeyId", "name"),
                "object-store credentials must be a Secret reference");
        assertNotNull(cluster.get("spec", "backup", "retentionPolicy"), "backups need a retention policy");
        List<GenericKubernetesResource> schedules = prod.custom("ScheduledBackup").stream()
                .filter(b -> cluster.getMetadata().getName().equals(b.get("spec", "cluster", "name")))
                .toList();
        assertEquals(1, schedules.size(), "ScheduledBackups of " + cluster.getMetadata().getName());
    }

    @Test
    void devNeedsNoObjectStore() {
        GenericKubernetesResource cluster = OperatorResources.postgres(Overlays.dev());
        Object backup = cluster.get("spec", "backup");
        assertNull(backup, "dev must start without object-store settings");
        assertTrue(Overlays.dev().custom("ScheduledBackup").isEmpty(), "dev ScheduledBackups");
    }
}
