package org.campaignbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrator requests, refused ones included, land in logs/audit.log; the log files roll as configured. */
@BotTest
class AuditLogTest {
    @LocalServerPort
    int port;
    @Value("${logging.file.path}")
    Path logs;

    @Test
    void aRefusedAdminRequestIsAudited() throws Exception {
        String marker = UUID.randomUUID().toString();
        var response = TestHttp.to(port).call("POST", "/api/admin/reindex?probe=" + marker, null);
        assertThat(response.statusCode()).isEqualTo(403); // this context has no admin password
        String audit = Files.readString(logs.resolve("audit.log"), StandardCharsets.UTF_8);
        assertThat(audit).containsPattern("管理操作 POST /api/admin/reindex\\?probe=" + marker + " 来自 127\\.0\\.0\\.1 结果 拒绝（403）");
        assertThat(Files.readString(logs.resolve("campaign-bot.log"), StandardCharsets.UTF_8)).contains(marker);
    }

    @Test
    void logFilesRollDailyAndAreKeptHalfAYear() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : new String[] {"FILE", "AUDIT"}) {
            var appender = (RollingFileAppender<?>) (name.equals("FILE")
                    ? context.getLogger("ROOT").getAppender(name) : context.getLogger("audit").getAppender(name));
            var policy = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();
            assertThat(policy.getFileNamePattern()).as(name).contains("%d{yyyy-MM-dd}", "%i", ".gz");
            assertThat(policy.getMaxHistory()).as(name).isEqualTo(180);
            assertThat(appender.getFile()).as(name).startsWith(logs.toString());
        }
    }
}
