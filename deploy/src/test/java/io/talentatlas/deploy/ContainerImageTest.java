package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks each service's {@code src/main/docker/Dockerfile.jvm} (no image can be built here): the Quarkus
 * fast-jar layout on the pinned ubi9 OpenJDK 17 runtime, and the user and port the Deployments expect.
 */
class ContainerImageTest {

    private static final String BASE_IMAGE = "registry.access.redhat.com/ubi9/openjdk-17-runtime:";
    private static final List<String> FAST_JAR_PARTS = List.of(
            "target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
            "target/quarkus-app/quarkus/");

    @Test
    void everyServiceImageIsAFastJarOnThePinnedRuntimeImage() throws IOException {
        for (String service : Overlays.SERVICES) {
            Dockerfile dockerfile = dockerfile(service);
            String from = dockerfile.single("FROM");
            assertTrue(from.startsWith(BASE_IMAGE) && !from.endsWith(":latest"), service + ": FROM " + from);
            List<String> copied = dockerfile.all("COPY").stream().map(c -> c.split("\\s+")[1]).toList();
            assertEquals(FAST_JAR_PARTS, copied, service + ": COPY sources in layer order");
            assertEquals("/deployments/quarkus-run.jar", dockerfile.env("JAVA_APP_JAR"), service);
            assertTrue(dockerfile.env("JAVA_OPTS_APPEND").contains("-Dquarkus.http.host=0.0.0.0"), service);
            assertEquals(dockerfile.single("EXPOSE"), dockerfile.env("HTTP_PORT"), service + ": EXPOSE vs HTTP_PORT");
            List<String> ignored = Files.readAllLines(Overlays.root().resolve(service).resolve(".dockerignore"));
            assertTrue(ignored.contains("!target/quarkus-app/*"), service + ": .dockerignore must let the fast-jar in");
        }
    }

    @Test
    void imagesRunAsTheUserAndOnThePortTheDeploymentsExpect() throws IOException {
        Overlays.assumeKubectl();
        for (RenderedOverlay overlay : Overlays.both()) {
            for (Deployment deployment : overlay.all(Deployment.class)) {
                String service = deployment.getMetadata().getName();
                Dockerfile dockerfile = dockerfile(service);
                Long uid = deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
                assertEquals(String.valueOf(uid), dockerfile.single("USER"), overlay + "/" + service + " user");
                int port = Ports.containerPort(ContainerEnvironment.container(deployment), "http");
                assertEquals(String.valueOf(port), dockerfile.single("EXPOSE"), overlay + "/" + service + " port");
            }
        }
    }

    private static Dockerfile dockerfile(String service) throws IOException {
        return Dockerfile.read(Overlays.root().resolve(service).resolve(Path.of("src/main/docker/Dockerfile.jvm")));
    }
}
