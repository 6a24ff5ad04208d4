package org.campaignbot.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The mistake from the field: {@code java -jar campaign-bot.jar} in a folder without config/, as a systemd unit
 * without WorkingDirectory= would run it. It must refuse, in Chinese, saying where it looked, instead of running on
 * an in-memory database that forgets everything at the next restart.
 */
class HomeRefusalIT {

    @Test
    void withoutHomeAndConfigTheJarRefusesToStart() throws Exception {
        // a copy of the jar in a folder of its own: beside target/campaign-bot.jar the project folder would be found
        Path root = Files.createDirectories(Path.of("target/it-refusal", UUID.randomUUID().toString()).toAbsolutePath());
        Path jar = linkOrCopy(Path.of(System.getProperty("bot.jar")), Files.createDirectories(root.resolve("opt")).resolve("campaign-bot.jar"));
        Path cwd = Files.createDirectories(root.resolve("somewhere-else"));
        int port = BotProcess.freePort();
        try (var bot = BotProcess.start(List.of(javaBin(), "-jar", jar.toString(), "--server.port=" + port),
                cwd, root.resolve("console.log"), port)) {
            int exit = bot.awaitExit(Duration.ofSeconds(90));
            String console = bot.console();
            assertThat(exit).as(console).isNotZero();
            assertThat(console).contains("campaign-bot 无法启动：找不到配置文件 config/application.yml",
                    "环境变量 BOT_HOME / 启动参数 --bot.home：未设置", "当前目录 " + cwd, "程序所在目录 " + jar.getParent(),
                    "设置环境变量 BOT_HOME=主目录", "不会改用临时的内存数据库")
                    .doesNotContain("Tomcat started", "jdbc:h2:mem");
        }
        try (var files = Files.list(cwd)) {
            assertThat(files).as("nothing written where it was started").isEmpty();
        }
    }

    /** A hard link saves copying 150 MB; a file system without links gets a copy. */
    private static Path linkOrCopy(Path source, Path target) throws java.io.IOException {
        try {
            return Files.createLink(target, source.toAbsolutePath());
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return Files.copy(source, target);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
