package org.campaignbot.cluster;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A migrated database without a Spring context, for the cluster pieces that need only JDBC: H2 or PostgreSQL. */
record TestDatabase(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx) {

    static TestDatabase h2() {
        return of(new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    static TestDatabase postgres() {
        return of(new SimpleDriverDataSource(new org.postgresql.Driver(), PostgresSchemas.freshSchemaUrl(),
                PostgresSchemas.user(), PostgresSchemas.password()));
    }

    private static TestDatabase of(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new TestDatabase(ds, JdbcClient.create(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }
}
