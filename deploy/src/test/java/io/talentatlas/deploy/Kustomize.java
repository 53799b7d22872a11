package io.talentatlas.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomize directory with {@code kubectl kustomize}, the same renderer an operator's
 * {@code kubectl apply -k} uses, so the tests check exactly what would be applied.
 */
final class Kustomize {

    private static final long TIMEOUT_SECONDS = 120;

    private Kustomize() {
    }

    /** The kubectl executable on the PATH, if there is one. */
    static Optional<Path> kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The multi-document YAML that {@code kubectl kustomize dir} prints; fails with kubectl's own message. */
    static String render(Path kubectl, Path dir) {
        try {
            Path stderr = Files.createTempFile("kustomize", ".err");
            try {
                return run(new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString()), stderr, dir);
            } finally {
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + dir, e);
        }
    }

    private static String run(ProcessBuilder command, Path stderr, Path dir) throws IOException, InterruptedException {
        Process process = command.redirectError(stderr.toFile()).start();
        String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in time");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + Files.readString(stderr));
        }
        return yaml;
    }
}
