package io.talentatlas.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database and points {@code quarkus.datasource.*} at it.
 *
 * <p>When the environment variable {@code DB_URL} is set (with {@code DB_USER}/{@code DB_PASSWORD}, default
 * {@code atlas}), that database is used and nothing is started; otherwise an embedded PostgreSQL 17 starts on a
 * random port. A test can get the server with a {@code @InjectPostgres PostgresServer} field, e.g. to stop it.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** The environment variables that name an external database. */
    public static final String URL_ENV = "DB_URL";
    public static final String USER_ENV = "DB_USER";
    public static final String PASSWORD_ENV = "DB_PASSWORD";

    private PostgresServer server;

    @Override
    public Map<String, String> start() {
        server = fromEnvironmentOrEmbedded();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectPostgres.class,
                PostgresServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The external database named by {@code DB_URL}, or a freshly started embedded one. */
    public static PostgresServer fromEnvironmentOrEmbedded() {
        String url = System.getenv(URL_ENV);
        if (url == null || url.isBlank()) {
            return PostgresServer.start();
        }
        return PostgresServer.external(url, envOr(USER_ENV, PostgresServer.USER),
                envOr(PASSWORD_ENV, PostgresServer.PASSWORD));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
