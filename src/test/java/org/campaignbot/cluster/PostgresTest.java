package org.campaignbot.cluster;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test that needs a PostgreSQL server. {@code .ci/setup/30-postgresql.sh} starts one and exports
 * {@code BOT_TEST_PG_URL}, {@code BOT_TEST_PG_USER} and {@code BOT_TEST_PG_PASSWORD}; CI always does, so there these
 * tests run in {@code ./mvnw verify}. Without the variable (a laptop with no PostgreSQL) they are skipped with the
 * reason below; with it, an unreachable server fails them rather than skipping silently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "BOT_TEST_PG_URL", matches = ".+", disabledReason =
        "跳过 PostgreSQL 测试：没有设置 BOT_TEST_PG_URL。先运行 source .ci/setup/30-postgresql.sh 启动一个临时 PostgreSQL")
public @interface PostgresTest {
}
