package io.talentatlas.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The environment a service's container starts with: its {@code env} entries and the keys of the
 * ConfigMaps it takes with {@code envFrom}, each either a literal value or a reference to a Secret key.
 */
final class ContainerEnvironment {

    private final Map<String, EnvVar> variables;

    private ContainerEnvironment(Map<String, EnvVar> variables) {
        this.variables = variables;
    }

    /** The environment of the service's container (the one named like the Deployment). */
    static ContainerEnvironment of(RenderedOverlay overlay, Deployment deployment) {
        Container container = container(deployment);
        Map<String, EnvVar> variables = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getSecretRef() != null) {
                throw new AssertionError(deployment.getMetadata().getName() + " takes a whole Secret with envFrom; "
                        + "reference each key with secretKeyRef so the needed keys are visible");
            }
            String prefix = source.getPrefix() == null ? "" : source.getPrefix();
            overlay.configMapData(source.getConfigMapRef().getName())
                    .forEach((key, value) -> variables.put(prefix + key, new EnvVar(prefix + key, value, null)));
        }
        container.getEnv().forEach(variable -> variables.put(variable.getName(), variable));
        return new ContainerEnvironment(variables);
    }

    /** The container that runs the service: named like its Deployment. */
    static Container container(Deployment deployment) {
        String name = deployment.getMetadata().getName();
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> name.equals(c.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Deployment " + name + " has no container named " + name));
    }

    /**
     * Whether the environment sets a property, by its own name ({@code quarkus.http.port}), by its
     * environment-variable form ({@code QUARKUS_HTTP_PORT}) or, for a plain variable, by its name.
     */
    boolean sets(String propertyOrVariable) {
        return find(propertyOrVariable).isPresent();
    }

    /** The literal value set for a property or variable, if it is set literally. */
    Optional<String> literal(String propertyOrVariable) {
        return find(propertyOrVariable).map(EnvVar::getValue);
    }

    /** The Secret key a property or variable is read from, if it is read from one. */
    Optional<SecretKeySelector> secretKey(String propertyOrVariable) {
        return find(propertyOrVariable)
                .filter(v -> v.getValueFrom() != null)
                .map(v -> v.getValueFrom().getSecretKeyRef());
    }

    Map<String, EnvVar> variables() {
        return Map.copyOf(variables);
    }

    private Optional<EnvVar> find(String propertyOrVariable) {
        String wanted = environmentForm(propertyOrVariable);
        return variables.values().stream().filter(v -> environmentForm(v.getName()).equals(wanted)).findFirst();
    }

    /** SmallRye Config's mapping of a property name to an environment variable name. */
    static String environmentForm(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
