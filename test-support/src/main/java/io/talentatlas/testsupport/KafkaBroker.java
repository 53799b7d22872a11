package io.talentatlas.testsupport;

import io.talentatlas.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker for tests: either a single-node KRaft cluster inside this JVM on a random port, or an
 * external broker someone else started (then {@link #close()} leaves it alone).
 *
 * <p>Either way the Talent Atlas topics exist once {@link #start()} or {@link #external(String)} returns.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Partitions of {@code articles.parsed}: more than one, so tests see the keyed, partitioned layout. */
    public static final int ARTICLES_PARTITIONS = 3;
    private static final Duration TOPICS_READY_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaClusterTestKit cluster;
    private final String bootstrapServers;

    private KafkaBroker(KafkaClusterTestKit cluster, String bootstrapServers) {
        this.cluster = cluster;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a combined broker+controller node in this JVM on an ephemeral port and creates the topics. */
    public static KafkaBroker start() {
        KafkaClusterTestKit cluster = null;
        try {
            cluster = singleNodeCluster();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            KafkaBroker broker = new KafkaBroker(cluster, cluster.bootstrapServers());
            broker.createTopics();
            return broker;
        } catch (Exception e) {
            closeQuietly(cluster);
            throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
        }
    }

    /** Uses a broker that runs elsewhere; creates the topics if they are missing. */
    public static KafkaBroker external(String bootstrapServers) {
        KafkaBroker broker = new KafkaBroker(null, bootstrapServers);
        broker.createTopics();
        return broker;
    }

    /** The {@code host:port} list clients connect to. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether this broker runs inside this JVM (and is stopped by {@link #close()}). */
    public boolean embedded() {
        return cluster != null;
    }

    @Override
    public void close() {
        closeQuietly(cluster);
    }

    private static KafkaClusterTestKit singleNodeCluster() throws Exception {
        // The test kit defaults internal topics to replication factor 3; with one broker the consumer group
        // coordinator would then never come up and consumers would wait forever.
        return new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "5")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
    }

    private void createTopics() {
        List<NewTopic> topics = List.of(
                new NewTopic(Topics.ARTICLES_PARSED, ARTICLES_PARTITIONS, (short) 1),
                new NewTopic(Topics.ARTICLES_PARSED_DLQ, 1, (short) 1));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (NewTopic topic : topics) {
                createIfAbsent(admin, topic);
            }
            awaitLeaders(admin, topics);
        }
    }

    /**
     * The controller acknowledges a new topic before the broker has loaded it from the metadata log: until then a
     * describe or a produce answers "This server does not host this topic-partition". Tests start only once every
     * partition has a leader.
     */
    private static void awaitLeaders(Admin admin, List<NewTopic> topics) {
        List<String> names = topics.stream().map(NewTopic::name).toList();
        long deadline = System.nanoTime() + TOPICS_READY_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
                boolean ready = topics.stream().allMatch(t -> described.containsKey(t.name())
                        && described.get(t.name()).partitions().size() == t.numPartitions()
                        && described.get(t.name()).partitions().stream().allMatch(p -> p.leader() != null));
                if (ready) {
                    return;
                }
            } catch (ExecutionException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topics " + names, e);
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("topics " + names + " have no leaders after " + TOPICS_READY_TIMEOUT, last);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topics", e);
        }
    }

    private static void createIfAbsent(Admin admin, NewTopic topic) {
        try {
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic.name(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic.name(), e);
        }
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        if (cluster == null) {
            return;
        }
        try {
            cluster.close();
        } catch (Exception e) {
            // Shutting down a test broker must not hide the test's own outcome.
            System.err.println("Kafka test broker did not close cleanly: " + e);
        }
    }
}
