package io.talentatlas.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Port arithmetic shared by the checks: where Quarkus listens and what a named port resolves to. */
final class Ports {

    /** Quarkus's own default when nothing sets {@code quarkus.http.port}. */
    private static final int QUARKUS_DEFAULT_HTTP_PORT = 8080;
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(?::([^}]*))?}");

    private Ports() {
    }

    /**
     * The port the service will listen on in its pod: {@code quarkus.http.port} from the container
     * environment, else its value in application.properties with any {@code ${VAR:default}} resolved
     * against the container environment.
     */
    static int quarkusHttpPort(RenderedOverlay overlay, Deployment deployment, ServiceProperties properties) {
        ContainerEnvironment environment = ContainerEnvironment.of(overlay, deployment);
        String key = "quarkus.http.port";
        String value = environment.literal(key)
                .orElseGet(() -> properties.value(key).orElse(String.valueOf(QUARKUS_DEFAULT_HTTP_PORT)));
        Matcher expression = EXPRESSION.matcher(value);
        if (expression.matches()) {
            value = environment.literal(expression.group(1)).orElse(expression.group(2));
        }
        return Integer.parseInt(value.trim());
    }

    /** The number of the container port with this name. */
    static int containerPort(Container container, String name) {
        return container.getPorts().stream()
                .filter(p -> name.equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst()
                .orElseThrow(() -> new AssertionError("container " + container.getName() + " has no port " + name));
    }

    /** A probe's or Service's port, named or numbered, as the number it designates in the container. */
    static int resolve(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return containerPort(container, port.getStrVal());
    }
}
