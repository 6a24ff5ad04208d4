package org.campaignbot.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The release bundle as an office installs it: unzip, start {@code bin/start.sh} from another folder, ask, record
 * progress, stop, start again, and the progress is still there; then once more as a bare {@code java -jar} from a
 * folder without config (a systemd unit without WorkingDirectory=), which must find the bundle by the jar's place.
 * Nothing is written in the folder the service was started from: data, index and logs stay in the home folder.
 */
class BundleIT {
    private static final Duration FIRST_START = Duration.ofMinutes(4); // unpacking and the class-data training run
    private static final Duration START = Duration.ofMinutes(2);
    private static final String PASSWORD = "bundle-it-admin-password";
    private static final String ADMIN = "Basic " + java.util.Base64.getEncoder()
            .encodeToString(("admin:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Test
    void theUnzippedBundleRunsFromAnyFolderAndKeepsWhatWasRecorded() throws Exception {
        Path root = Files.createDirectories(Path.of("target/it-bundle", UUID.randomUUID().toString()).toAbsolutePath());
        Path home = unzip(Path.of(System.getProperty("bot.bundle")), root.resolve("install"));
        assertThat(files(home)).contains("campaign-bot.jar", "bin/start.sh", "bin/start.cmd", "bin/campaign-bot.service",
                "config/application.yml", "config/contacts.yaml", "config/prompts/answer-system.txt",
                "knowledge/speech-sanzhua-sancu.md", "knowledge/plan-sanzhua-sancu-sample.md", "README.md", "CHANGELOG.md");
        assertThat(home.resolve("bin/start.sh")).isExecutable();
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        List<String> startScript = List.of(home.resolve("bin/start.sh").toString());

        long first;
        try (var bot = start(startScript, elsewhere, root.resolve("first.log"))) {
            first = awaitHealthy(bot, FIRST_START);
            var answer = bot.postJson("/api/chat", chat("it-user", "三抓三促是哪三项行动？"));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("抓学习促提升", "citations");
            // the local page is anonymous (no ledger writes): the office records the report through the admin API
            var progress = bot.postJson("/api/admin/supervision/tasks/4/progress",
                    "{\"text\":\"第三季度培训班已结业\",\"percent\":50}", ADMIN);
            assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
            assertThat(progress.body()).contains("\"progress\":50");
            assertThat(bot.console()).contains("主目录 " + home);
        }
        long second;
        try (var bot = start(startScript, elsewhere, root.resolve("second.log"))) {
            second = awaitHealthy(bot, START);
            assertThat(bot.console()).doesNotContain("首次启动"); // the class-data archive is reused
            assertThat(bot.postJson("/api/chat", chat("it-user", "任务 4")).body()).contains("进度：50%");
        }
        long bare;
        List<String> bareJar = List.of(HomeRefusalIT.javaBin(), "-jar", home.resolve("campaign-bot.jar").toString());
        try (var bot = start(bareJar, elsewhere, root.resolve("bare.log"))) {
            bare = awaitHealthy(bot, START);
            assertThat(bot.console()).contains("主目录 " + home + "（由程序所在目录确定）");
            assertThat(bot.postJson("/api/chat", chat("it-user", "任务 4")).body()).contains("进度：50%");
        }
        System.out.printf("bundle start-to-healthy: first start %d ms (with class-data training), second %d ms, "
                + "bare java -jar %d ms%n", first, second, bare);

        try (var left = Files.list(elsewhere)) {
            assertThat(left).as("nothing written in the folder it was started from").isEmpty();
        }
        assertThat(home.resolve("data/campaign-bot.mv.db")).isRegularFile();
        assertThat(home.resolve("data/index")).isDirectory();
        try (var logs = Files.list(home.resolve("logs"))) {
            assertThat(logs.map(p -> p.getFileName().toString())).contains("campaign-bot.log");
        }
    }

    private static BotProcess start(List<String> command, Path workDir, Path console) throws Exception {
        int port = BotProcess.freePort();
        var args = Stream.concat(command.stream(), Stream.of("--server.port=" + port, "--bot.admin.password=" + PASSWORD)).toList();
        return BotProcess.start(args, workDir, console, port);
    }

    private static long awaitHealthy(BotProcess bot, Duration atMost) {
        long started = System.nanoTime();
        bot.awaitHealthy(atMost);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String chat(String userId, String text) {
        return "{\"userId\":\"" + userId + "\",\"text\":\"" + text + "\"}";
    }

    /** With the system's unzip, which keeps the executable bit the bundle gives bin/start.sh. */
    private static Path unzip(Path zip, Path into) throws Exception {
        Files.createDirectories(into);
        Process unzip = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", into.toString()).inheritIO().start();
        assertThat(unzip.waitFor()).isZero();
        try (var top = Files.list(into)) {
            return top.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static List<String> files(Path home) throws Exception {
        try (var walk = Files.walk(home)) {
            return walk.filter(Files::isRegularFile).map(p -> home.relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
    }
}
