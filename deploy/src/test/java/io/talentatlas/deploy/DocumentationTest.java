package io.talentatlas.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks that the documentation agrees with the manifests: the project README links the deployment
 * README, and that README names every topic, NetworkPolicy, Secret, site setting and health path in use.
 */
class DocumentationTest {

    /** The README's row {@code | **total** | **24** | **30** |}: objects rendered by dev and prod. */
    private static final Pattern TOTALS_ROW =
            Pattern.compile(Pattern.quote("| **total** | **") + "(\\d+)" + Pattern.quote("** | **") + "(\\d+)\\*\\*");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Path DEPLOY_README = Path.of("deploy/kubernetes/README.md");
    private static final Path SITE_SETTINGS = Path.of("deploy/kubernetes/overlays/prod/settings.env");
    private static final Set<String> HEALTH_AND_METRICS_PATHS =
            Set.of("/q/health/ready", "/q/health/live", "/q/health/started", "/q/metrics");

    @Test
    void projectReadmeLinksTheDeploymentReadme() throws IOException {
        Path root = Overlays.root();
        Matcher links = MARKDOWN_LINK.matcher(Files.readString(root.resolve("README.md")));
        boolean linked = false;
        while (links.find()) {
            Path target = root.resolve(links.group(1).replaceAll("#.*$", "")).normalize();
            linked |= target.equals(root.resolve(DEPLOY_README));
        }
        assertTrue(linked, "README.md must link " + DEPLOY_README);
    }

    @Test
    void deploymentReadmeNamesWhatTheManifestsUse() throws IOException {
        Overlays.assumeKubectl();
        String readme = Files.readString(Overlays.root().resolve(DEPLOY_README));
        Set<String> names = new TreeSet<>(HEALTH_AND_METRICS_PATHS);
        for (RenderedOverlay overlay : Overlays.both()) {
            overlay.all(KafkaTopic.class).forEach(t -> names.add(OperatorResources.topicName(t)));
            overlay.all(NetworkPolicy.class).forEach(p -> names.add(p.getMetadata().getName()));
            names.addAll(secretNames(overlay));
        }
        names.addAll(siteSettings());
        Set<String> missing = new TreeSet<>();
        names.stream().filter(name -> !readme.contains("`" + name + "`")).forEach(missing::add);
        assertTrue(missing.isEmpty(), DEPLOY_README + " does not name (in `code`): " + missing);
    }

    @Test
    void deploymentReadmeStatesHowManyObjectsEachOverlayRenders() throws IOException {
        String readme = Files.readString(Overlays.root().resolve(DEPLOY_README));
        Matcher totals = TOTALS_ROW.matcher(readme);
        assertTrue(totals.find(), DEPLOY_README + " has no '| **total** | **dev** | **prod** |' row");
        assertEquals(Overlays.dev().objects().size(), Integer.parseInt(totals.group(1)), "dev objects");
        assertEquals(Overlays.prod().objects().size(), Integer.parseInt(totals.group(2)), "prod objects");
    }

    private static Set<String> secretNames(RenderedOverlay overlay) {
        Set<String> secrets = new TreeSet<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            ContainerEnvironment.container(deployment).getEnv().stream()
                    .map(EnvVar::getValueFrom)
                    .filter(Objects::nonNull)
                    .filter(source -> source.getSecretKeyRef() != null)
                    .forEach(source -> secrets.add(source.getSecretKeyRef().getName()));
        }
        overlay.all(Ingress.class).stream()
                .flatMap(i -> i.getSpec().getTls().stream())
                .map(IngressTLS::getSecretName)
                .forEach(secrets::add);
        for (GenericKubernetesResource cluster : overlay.custom("Cluster")) {
            String backupSecret = cluster.get("spec", "backup", "barmanObjectStore", "s3Credentials", "accessKeyId",
                    "name");
            if (backupSecret != null) {
                secrets.add(backupSecret);
            }
        }
        return secrets;
    }

    private static Set<String> siteSettings() throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(Overlays.root().resolve(SITE_SETTINGS))) {
            settings.load(reader);
        }
        return settings.stringPropertyNames();
    }
}
