package org.campaignbot.testing;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh in-memory H2 database with the service's own Flyway migrations applied, as the application builds it (the
 * same {@code db/migration} scripts, no compatibility mode), and what the repositories take: a {@link JdbcClient} and
 * transactions. For small Spring contexts that need the database but not the application. Not a
 * {@code @Configuration}, so that no whole-application test's component scan finds it (see {@link KnowledgeSlice}).
 */
public class TestDatabase {

    @Bean
    DataSource dataSource() {
        return migrated();
    }

    /** A fresh database, for plain tests that construct their repositories themselves. */
    public static DataSource migrated() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).load().migrate();
        return h2;
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }
}
