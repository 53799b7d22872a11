package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shared fixture of the manifest tests: the repository root, the services' properties and the two
 * overlays, each rendered once per test run.
 */
final class Overlays {

    /** The three services; each is a Maven module, a Deployment, a Service and a ConfigMap of that name. */
    static final List<String> SERVICES = List.of("ingest-service", "metrics-service", "gateway");

    static final String SKIP_REASON = "skipped: kubectl is not on the PATH, so the kustomize overlays cannot be "
            + "rendered; install kubectl (it includes kustomize) to run the Kubernetes manifest checks";

    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();
    private static final AtomicBoolean SKIP_ANNOUNCED = new AtomicBoolean();

    private Overlays() {
    }

    /** Aborts (skips) the calling test, with the reason, when kubectl is missing; says so once on the console. */
    static void assumeKubectl() {
        boolean present = Kustomize.kubectl().isPresent();
        if (!present && !SKIP_ANNOUNCED.getAndSet(true)) {
            System.err.println("[deploy tests] " + SKIP_REASON);
        }
        assumeTrue(present, SKIP_REASON);
    }

    static RenderedOverlay dev() {
        return rendered("dev");
    }

    static RenderedOverlay prod() {
        return rendered("prod");
    }

    /** Both overlays. */
    static List<RenderedOverlay> both() {
        return List.of(dev(), prod());
    }

    /** The rendered overlay; skips the calling test, with the reason, when kubectl is missing. */
    static RenderedOverlay rendered(String overlay) {
        assumeKubectl();
        return RENDERED.computeIfAbsent(overlay, name -> {
            Path kubectl = Kustomize.kubectl().orElseThrow(() -> new IllegalStateException(SKIP_REASON));
            Path dir = root().resolve("deploy/kubernetes/overlays").resolve(name);
            return RenderedOverlay.parse(name, Kustomize.render(kubectl, dir));
        });
    }

    static ServiceProperties properties(String service) {
        return ServiceProperties.load(root(), service);
    }

    /** The Deployment of a service, failing the test when the overlay has none. */
    static Deployment deployment(RenderedOverlay overlay, String service) {
        Optional<Deployment> deployment = overlay.named(Deployment.class, service);
        return deployment.orElseThrow(() -> new AssertionError(overlay + " has no Deployment " + service));
    }

    /** The environment of a service's container. */
    static ContainerEnvironment environment(RenderedOverlay overlay, String service) {
        return ContainerEnvironment.of(overlay, deployment(overlay, service));
    }

    /** The repository root: set by surefire ({@code atlas.root}), else found above the working directory. */
    static Path root() {
        String configured = System.getProperty("atlas.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/kubernetes"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
