package org.campaignbot.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Every PostgreSQL test class gets an empty schema of its own in the one test database, so classes never see each
 * other's rows and each one runs every Flyway migration from the start. The schemas are left behind: the database
 * itself is thrown away with the server's temporary folder.
 */
public final class PostgresSchemas {
    private PostgresSchemas() {
    }

    public static String user() {
        return System.getenv("BOT_TEST_PG_USER");
    }

    public static String password() {
        return System.getenv("BOT_TEST_PG_PASSWORD");
    }

    /** Creates a new schema and returns a JDBC URL whose connections use it. */
    public static String freshSchemaUrl() {
        String base = System.getenv("BOT_TEST_PG_URL");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base, user(), password())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("BOT_TEST_PG_URL 已设置，但连不上 PostgreSQL（" + base + "）：" + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
