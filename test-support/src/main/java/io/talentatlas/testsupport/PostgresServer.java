package io.talentatlas.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for tests: an embedded PostgreSQL 17 (zonky binaries) on a random port with its own database
 * and login role, or an external server given by a JDBC URL.
 *
 * <p>The embedded server can be {@linkplain #stop() stopped} and {@linkplain #restart() started again} on the same
 * port and data directory, so a test can take the database away from a running service and give it back.
 */
public final class PostgresServer implements AutoCloseable {

    /** Database, role and password created in the embedded server. */
    public static final String DATABASE = "atlas";
    public static final String USER = "atlas";
    public static final String PASSWORD = "atlas";

    private static final String SUPERUSER = "postgres";

    private final Path dataDirectory;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private EmbeddedPostgres server;
    private int port;

    private PostgresServer(Path dataDirectory, String jdbcUrl, String user, String password) {
        this.dataDirectory = dataDirectory;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Initialises a fresh cluster in a temporary directory, starts it and creates the database and role. */
    public static PostgresServer start() {
        try {
            Path dataDirectory = Files.createTempDirectory("atlas-pg-");
            EmbeddedPostgres server = embedded(dataDirectory, 0);
            String url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE;
            PostgresServer postgres = new PostgresServer(dataDirectory, url, USER, PASSWORD);
            postgres.server = server;
            postgres.port = server.getPort();
            postgres.createDatabaseAndRole();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    /** Uses a server that runs elsewhere; nothing is created, started or stopped. */
    public static PostgresServer external(String jdbcUrl, String user, String password) {
        return new PostgresServer(null, jdbcUrl, user, password);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Whether this server runs from this JVM, and so can be stopped and restarted by a test. */
    public boolean embedded() {
        return dataDirectory != null;
    }

    /** Stops the server (fast shutdown: open connections are cut) and keeps its data. */
    public synchronized void stop() {
        requireEmbedded();
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        } finally {
            server = null;
        }
    }

    /** Starts a stopped server again on the same port with the same data. */
    public synchronized void restart() {
        requireEmbedded();
        if (server != null) {
            return;
        }
        try {
            server = embedded(dataDirectory, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not restart the embedded PostgreSQL", e);
        }
    }

    /** Stops an embedded server for good and deletes its data; does nothing for an external one. */
    @Override
    public synchronized void close() {
        if (!embedded()) {
            return;
        }
        stop();
        deleteRecursively(dataDirectory);
        logFile(dataDirectory).toFile().delete();
    }

    /** Where the embedded server writes its log, e.g. to read after a failed test. */
    public static Path logFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    private static EmbeddedPostgres embedded(Path dataDirectory, int port) throws IOException {
        // The server log goes to a file beside the data so that it does not drown the test output.
        ProcessBuilder.Redirect serverLog = ProcessBuilder.Redirect.appendTo(logFile(dataDirectory).toFile());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                // Kept so that restart() finds the data written before stop().
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setOutputRedirector(serverLog)
                .setErrorRedirector(serverLog);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    private void createDatabaseAndRole() {
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    private void requireEmbedded() {
        if (!embedded()) {
            throw new IllegalStateException("an external PostgreSQL (" + jdbcUrl + ") is not stopped by tests");
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + directory + ": " + e);
        }
    }
}
