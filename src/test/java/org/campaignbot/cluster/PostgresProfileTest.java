package org.campaignbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.campaignbot.BotTest;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.outbox.OutboxStatus;
import org.campaignbot.outbox.TargetKind;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shipped {@code postgres} profile (config/application-postgres.yml) with its connection from the environment
 * variables it documents: the service starts on PostgreSQL, Flyway runs every migration there, and the schema it
 * builds is the schema the same migrations build on H2 (same tables, same columns), so code tested on H2 meets the
 * tables it expects on PostgreSQL.
 */
@PostgresTest
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {BotTest.INDEX, "bot.knowledge.watch=false"})
class PostgresProfileTest {
    /**
     * The connection goes in as the variables the profile reads. System properties rather than dynamic properties:
     * the home-folder resolution reads the database URL while the environment is prepared, before dynamic
     * properties exist; an operator's environment variables are there from the start, like these.
     */
    @BeforeAll
    static void database() {
        System.setProperty("BOT_DB_URL", PostgresSchemas.freshSchemaUrl());
        System.setProperty("BOT_DB_USER", PostgresSchemas.user());
        System.setProperty("BOT_DB_PASSWORD", PostgresSchemas.password());
    }

    @AfterAll
    static void forget() {
        List.of("BOT_DB_URL", "BOT_DB_USER", "BOT_DB_PASSWORD").forEach(System::clearProperty);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;

    @Test
    void theProfileConnectsToPostgresqlAndEveryMigrationSucceeds() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        var failed = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single();
        assertThat(failed).isZero();
        var versions = jdbc.sql("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
                .query(String.class).list();
        assertThat(versions).contains("1", "7");
    }

    @Test
    void theMigrationsBuildTheSameTablesAndColumnsOnH2AndPostgresql() {
        var h2 = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:schema-compare;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        Map<String, TreeSet<String>> onH2 = columns(JdbcClient.create(h2), "PUBLIC");
        Map<String, TreeSet<String>> onPostgres = columns(jdbc, jdbc.sql("SELECT current_schema()").query(String.class).single());
        assertThat(onPostgres).isEqualTo(onH2).containsKeys("outbox", "quiz_session", "sup_task");
    }

    @Test
    void aPushIsStoredOnceOnPostgresql() {
        var target = new OutboundTarget("wecom", TargetKind.ROBOT, "office");
        assertThat(outbox.enqueue("pg-smoke", target, OutboundMessage.text("你好"))).isTrue();
        assertThat(outbox.enqueue("pg-smoke", target, OutboundMessage.text("你好"))).isFalse();
        assertThat(outbox.count(OutboxStatus.PENDING)).isEqualTo(1);
    }

    private static Map<String, TreeSet<String>> columns(JdbcClient db, String schema) {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        db.sql("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ?").param(schema)
                .query((rs, n) -> tables.computeIfAbsent(rs.getString(1).toLowerCase(), t -> new TreeSet<>())
                        .add(rs.getString(2).toLowerCase()))
                .list();
        return tables;
    }
}
