package io.talentatlas.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Talent Atlas service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as its own JVM, the
 * way it runs in production: configured by environment variables only, its output in a log file.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Launches {@code module}'s packaged app on {@code port} with {@code env} added to this JVM's environment. */
    static ServiceProcess launch(Path root, String module, int port, Map<String, String> env, Path logDirectory) {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn package)");
        }
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(module + ".log");
            ProcessBuilder builder = new ProcessBuilder(command(jar))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            builder.environment().put("HTTP_PORT", Integer.toString(port));
            builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
            return new ServiceProcess(module, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not launch " + module, e);
        }
    }

    /** The service's base URL. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Blocks until {@code /q/health/ready} answers 200; fails early if the process dies. */
    ServiceProcess awaitReady(Duration atMost) {
        await(name + " ready (log: " + log + ")").atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(this::ready);
        return this;
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the service and anything it started: a graceful SIGTERM first, then a kill. */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static List<String> command(Path jar) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Small heaps and quick JIT: three services share a 2-core test machine with the build.
        return List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
    }
}
