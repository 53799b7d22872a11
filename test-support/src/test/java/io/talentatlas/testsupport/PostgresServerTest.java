package io.talentatlas.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    private static PostgresServer server;

    @BeforeAll
    static void startServer() {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void theApplicationRoleOwnsItsDatabaseAndDataSurvivesARestart() throws SQLException {
        execute("CREATE TABLE survivor (name text)");
        execute("INSERT INTO survivor VALUES ('kept')");

        server.stop();
        assertThrows(SQLException.class, () -> execute("SELECT 1"));
        server.restart();

        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM survivor")) {
            rows.next();
            assertEquals("kept", rows.getString(1));
        }
    }

    @Test
    void anExternalServerCannotBeStoppedByATest() {
        PostgresServer external = PostgresServer.external(server.jdbcUrl(), server.user(), server.password());
        assertThrows(IllegalStateException.class, external::stop);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }
}
