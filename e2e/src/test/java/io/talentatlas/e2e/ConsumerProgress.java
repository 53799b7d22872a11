package io.talentatlas.e2e;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a consumer group has committed everything written to a topic: a barrier that says "every record sent so
 * far has been processed", independent of which partition each record went to.
 */
final class ConsumerProgress {

    private final String bootstrapServers;
    private final String group;
    private final String topic;

    ConsumerProgress(String bootstrapServers, String group, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.group = group;
        this.topic = topic;
    }

    /** True when, on every partition of the topic, the group's committed offset is the end of the log. */
    boolean caughtUp() throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(java.util.List.of(topic))
                    .allTopicNames().get().get(topic).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions).all().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || committed.containsKey(end.getKey())
                    && committed.get(end.getKey()).offset() >= end.getValue().offset());
        }
    }
}
