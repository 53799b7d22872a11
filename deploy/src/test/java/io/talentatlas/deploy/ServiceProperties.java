package io.talentatlas.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's {@code application.properties} says about the environment it needs when it runs
 * packaged (the {@code prod} profile): the environment variables its values refer to, its Kafka channels
 * and topics, its consumer groups, its HTTP port.
 */
final class ServiceProperties {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final List<String> CHANNEL_ATTRIBUTES = List.of(".connector", ".topic");
    private static final String DLQ_TOPIC_SUFFIX = ".dead-letter-queue.topic";
    private static final String PROD_PREFIX = "%prod.";

    private final String service;
    private final Map<String, String> prod;

    private ServiceProperties(String service, Map<String, String> prod) {
        this.service = service;
        this.prod = prod;
    }

    /** Reads {@code <root>/<service>/src/main/resources/application.properties}. */
    static ServiceProperties load(Path root, String service) {
        Path file = root.resolve(service).resolve("src/main/resources/application.properties");
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new ServiceProperties(service, prodView(raw));
    }

    /** Unprofiled keys overridden by {@code %prod.} keys; keys of other profiles are left out. */
    private static Map<String, String> prodView(Properties raw) {
        Map<String, String> prod = new TreeMap<>();
        raw.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("%"))
                .forEach(k -> prod.put(k, raw.getProperty(k)));
        raw.stringPropertyNames().stream()
                .filter(k -> k.startsWith(PROD_PREFIX))
                .forEach(k -> prod.put(k.substring(PROD_PREFIX.length()), raw.getProperty(k)));
        return prod;
    }

    String service() {
        return service;
    }

    /** The keys set in the prod profile. */
    Set<String> keys() {
        return Set.copyOf(prod.keySet());
    }

    Optional<String> value(String key) {
        return Optional.ofNullable(prod.get(key));
    }

    /** Every {@code ${ENV_VAR}} or {@code ${ENV_VAR:default}} in a prod value, with the key it feeds. */
    List<EnvReference> envReferences() {
        List<EnvReference> references = new ArrayList<>();
        prod.forEach((key, value) -> {
            Matcher matcher = ENV_REFERENCE.matcher(value);
            while (matcher.find()) {
                references.add(new EnvReference(key, matcher.group(1), Optional.ofNullable(matcher.group(2))));
            }
        });
        return references;
    }

    /**
     * Names of the configured incoming (or outgoing) channels: those with a {@code connector} or a
     * {@code topic} attribute. A channel name may hold dots, so it is everything before that attribute.
     */
    TreeSet<String> channels(String direction) {
        String prefix = "mp.messaging." + direction + ".";
        TreeSet<String> channels = new TreeSet<>();
        for (String key : prod.keySet()) {
            if (!key.startsWith(prefix) || key.endsWith(DLQ_TOPIC_SUFFIX)) {
                continue;
            }
            String rest = key.substring(prefix.length());
            CHANNEL_ATTRIBUTES.stream().filter(rest::endsWith).findFirst()
                    .map(attribute -> rest.substring(0, rest.length() - attribute.length()))
                    .ifPresent(channel -> channels.add(unquote(channel)));
        }
        return channels;
    }

    private static String unquote(String channel) {
        boolean quoted = channel.length() > 1 && channel.startsWith("\"") && channel.endsWith("\"");
        return quoted ? channel.substring(1, channel.length() - 1) : channel;
    }

    /** The Kafka topic of a channel: its {@code topic} attribute, else the channel name (SmallRye's rule). */
    String topic(String direction, String channel) {
        return value("mp.messaging." + direction + "." + channel + ".topic").orElse(channel);
    }

    /** The dead-letter topic of an incoming channel that sends failures there, if it does. */
    Optional<String> deadLetterTopic(String channel) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        if (!value(prefix + "failure-strategy").map("dead-letter-queue"::equals).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(value(prefix + DLQ_TOPIC_SUFFIX.substring(1)).orElse("dead-letter-topic-" + channel));
    }

    /** Every topic the service reads or writes, dead-letter topics included. */
    TreeSet<String> topics() {
        TreeSet<String> topics = new TreeSet<>();
        channels("incoming").forEach(ch -> {
            topics.add(topic("incoming", ch));
            deadLetterTopic(ch).ifPresent(topics::add);
        });
        channels("outgoing").forEach(ch -> topics.add(topic("outgoing", ch)));
        return topics;
    }

    /** The consumer group of an incoming channel; Quarkus defaults it to the application name. */
    String consumerGroup(String channel) {
        return value("mp.messaging.incoming." + channel + ".group.id")
                .or(() -> value("kafka.group.id"))
                .or(() -> value("quarkus.application.name"))
                .orElse(service);
    }

    boolean usesKafka() {
        return !channels("incoming").isEmpty() || !channels("outgoing").isEmpty()
                || prod.containsKey("kafka.bootstrap.servers");
    }

    boolean usesDatasource() {
        return prod.containsKey("quarkus.datasource.db-kind") || prod.containsKey("quarkus.datasource.jdbc.url");
    }

    /** A reference to an environment variable inside the value of {@code propertyKey}. */
    record EnvReference(String propertyKey, String envName, Optional<String> defaultValue) {
    }
}
