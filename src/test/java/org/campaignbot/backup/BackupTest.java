package org.campaignbot.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.campaignbot.BotTest;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin backup endpoint against the running app, and the restore exactly as docs/部署与运维.md tells it: H2's
 * RunScript tool, as its own process, into a fresh database file, from which the ledger is then read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.admin.password=" + BackupTest.PASSWORD,
        "bot.backup.dir=target/test-backup/${random.uuid}", "bot.supervision.check-interval=1h"})
class BackupTest {
    static final String PASSWORD = "backup-test-password";
    @LocalServerPort
    int port;
    @Autowired
    ConversationService conversation;
    @Autowired
    BackupProperties properties;

    @Test
    void aBackupTakenWhileRunningRestoresIntoAFreshDatabaseWithTheLedger() throws Exception {
        String note = "备份测试进展 " + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(conversation.handle(
                IncomingMessage.direct("wecom", "ZhouQiang", "周强", "进展 4 " + note)).text()).contains("已记录任务4"));

        var response = TestHttp.to(port).call("POST", "/api/admin/backup", TestHttp.basic("admin", PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Path file = Path.of(JsonMapper.builder().build().readTree(response.body()).path("file").asString());
        assertThat(file).isRegularFile().hasFileName(file.getFileName().toString()).startsWith(properties.dir());
        assertThat(file.getFileName().toString()).matches("campaign-bot-\\d{8}-\\d{6}\\.sql\\.zip");

        Path restored = Files.createDirectories(Path.of("target/test-restore", UUID.randomUUID().toString()).toAbsolutePath());
        String url = "jdbc:h2:file:" + restored.resolve("campaign-bot");
        Process restore = new ProcessBuilder(javaBin(), "-cp", h2Jar(), "org.h2.tools.RunScript", "-url", url,
                "-user", "sa", "-script", file.toString(), "-options", "COMPRESSION", "ZIP")
                .redirectErrorStream(true).start();
        assertThat(restore.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(restore.exitValue()).as(new String(restore.getInputStream().readAllBytes())).isZero();

        try (var db = DriverManager.getConnection(url, "sa", "")) {
            var rows = db.createStatement().executeQuery("""
                    SELECT t.task_no, p.reporter, p.body FROM sup_progress p JOIN sup_task t ON t.id = p.task_id
                    WHERE p.body LIKE '%""" + note + "%'");
            assertThat(rows.next()).as("the progress report is in the restored ledger").isTrue();
            assertThat(rows.getString("task_no")).isEqualTo("4");
            assertThat(rows.getString("reporter")).isEqualTo("周强");
            var tasks = db.createStatement().executeQuery("SELECT COUNT(*) FROM sup_task WHERE NOT removed");
            tasks.next();
            assertThat(tasks.getInt(1)).isEqualTo(19);
            var migrations = db.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"");
            migrations.next();
            assertThat(migrations.getInt(1)).as("Flyway sees the restored schema as current").isPositive();
        }
    }

    @Test
    void theBackupEndpointIsForTheAdministratorOnlyAndListsBackups() throws Exception {
        assertThat(TestHttp.to(port).call("POST", "/api/admin/backup", null).statusCode()).isEqualTo(401);
        assertThat(TestHttp.to(port).call("POST", "/api/admin/backup", TestHttp.basic("admin", PASSWORD)).statusCode()).isEqualTo(200);
        var list = TestHttp.to(port).call("GET", "/api/admin/backup", TestHttp.basic("admin", PASSWORD));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("campaign-bot-", ".sql.zip");
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String h2Jar() throws Exception {
        return Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
