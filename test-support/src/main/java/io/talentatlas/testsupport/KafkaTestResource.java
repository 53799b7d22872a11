package io.talentatlas.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker with the Talent Atlas topics and points
 * {@code kafka.bootstrap.servers} at it.
 *
 * <p>When the environment variable {@code KAFKA_BOOTSTRAP_SERVERS} is set, that broker is used and nothing is
 * started (CI or a developer's long-running broker); otherwise an in-JVM KRaft broker starts on a random port.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** The environment variable that names an external broker. */
    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        String external = System.getenv(BOOTSTRAP_ENV);
        broker = external == null || external.isBlank() ? KafkaBroker.start() : KafkaBroker.external(external);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker, new TestInjector.AnnotatedAndMatchesType(InjectKafka.class,
                KafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
