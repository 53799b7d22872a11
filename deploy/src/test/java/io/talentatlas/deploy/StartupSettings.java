package io.talentatlas.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings a service needs from its Deployment to start in a cluster and talk to the right servers,
 * derived from its {@code application.properties}.
 * <ul>
 *   <li>every {@code ${ENV_VAR}} without a default, and every one whose default points at the developer's
 *       machine ({@code localhost}, {@code 127.0.0.1}): such a default starts the service but connects it
 *       to nothing in a pod;</li>
 *   <li>the datasource URL, user and password when the service has a datasource, and the Kafka bootstrap
 *       servers when it has Kafka channels: a committed value cannot know the cluster's servers or secrets;</li>
 *   <li>the URL of every REST client.</li>
 * </ul>
 */
final class StartupSettings {

    private static final Pattern LOCAL_ONLY = Pattern.compile("localhost|127\\.0\\.0\\.1");

    private StartupSettings() {
    }

    /** One needed setting: satisfied when the container environment sets any of the accepted names. */
    record Requirement(String reason, Set<String> acceptedNames) {

        boolean satisfiedBy(ContainerEnvironment environment) {
            return acceptedNames.stream().anyMatch(environment::sets);
        }
    }

    static List<Requirement> of(ServiceProperties properties) {
        List<Requirement> requirements = new ArrayList<>();
        for (ServiceProperties.EnvReference reference : properties.envReferences()) {
            Optional<String> fallback = reference.defaultValue();
            if (fallback.isEmpty() || LOCAL_ONLY.matcher(fallback.get()).find()) {
                String why = "${" + reference.envName() + "} in " + reference.propertyKey()
                        + fallback.map(d -> " (default " + d + " is local-only)").orElse(" (no default)");
                requirements.add(new Requirement(why, Set.of(reference.envName(), reference.propertyKey())));
            }
        }
        if (properties.usesDatasource()) {
            List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password")
                    .forEach(key -> requirements.add(property(properties, key, "the service has a datasource")));
        }
        if (properties.usesKafka()) {
            requirements.add(property(properties, "kafka.bootstrap.servers", "the service has Kafka channels"));
        }
        properties.keys().stream().filter(k -> ClientUrls.REST_CLIENT_URL.matcher(k).matches())
                .forEach(key -> requirements.add(property(properties, key, "it is a REST client's URL")));
        return requirements;
    }

    /** A property the deployment must set, directly or through the variable its value refers to. */
    private static Requirement property(ServiceProperties properties, String key, String why) {
        Set<String> accepted = new LinkedHashSet<>();
        accepted.add(key);
        properties.envReferences().stream()
                .filter(r -> r.propertyKey().equals(key))
                .forEach(r -> accepted.add(r.envName()));
        return new Requirement(key + " (" + why + ")", accepted);
    }
}
