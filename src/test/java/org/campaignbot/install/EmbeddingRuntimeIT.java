package org.campaignbot.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged service on a machine where ONNX Runtime's native library does not load (a temp folder mounted
 * {@code noexec}, a damaged or foreign library, an unsupported CPU): made real here by pointing the runtime at a
 * library file that is not one, so that loading it fails in the operating system's loader as it does there. The
 * service starts anyway, answers from words and bigrams, and says why in its log and in health.
 *
 * <p>Not by an unwritable {@code java.io.tmpdir}: the embedded Tomcat needs that folder too, and without it the web
 * server itself cannot start, model or not.
 */
class EmbeddingRuntimeIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRuntimeThatCannotLoadLeavesAWorkingServiceOnWordsAndBigrams() throws Exception {
        Path root = Files.createDirectories(Path.of("target/it-embedding", UUID.randomUUID().toString()).toAbsolutePath());
        Path home = Files.createDirectories(root.resolve("home"));
        for (String dir : new String[] {"config", "knowledge"}) {
            Files.createDirectories(home.resolve(dir));
            try (var files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, home.resolve(dir).resolve(f.getFileName()));
                }
            }
        }
        Path broken = Files.createDirectories(root.resolve("onnxruntime"));
        Files.writeString(broken.resolve(System.mapLibraryName("onnxruntime")), "not a shared library");

        int port = BotProcess.freePort();
        List<String> command = List.of(HomeRefusalIT.javaBin(), "-Donnxruntime.native.path=" + broken,
                "-jar", Path.of(System.getProperty("bot.jar")).toAbsolutePath().toString(),
                "--bot.home=" + home, "--server.port=" + port);
        try (var bot = BotProcess.start(command, root, root.resolve("console.log"), port)) {
            bot.awaitHealthy(Duration.ofSeconds(180));
            var chat = bot.postJson("/api/chat", "{\"text\":\"三抓三促是哪三项行动？\"}");
            assertThat(chat.statusCode()).as(bot.console()).isEqualTo(200);
            JsonNode reply = JSON.readTree(chat.body());
            assertThat(reply.path("reply").asString()).contains("抓学习促提升", "抓执行促落实", "抓效能促发展");
            assertThat(reply.path("citations")).isNotEmpty();

            JsonNode health = JSON.readTree(bot.get("/actuator/health").body()); // details: asked from this machine
            JsonNode semantic = health.path("components").path("semanticSearch");
            assertThat(semantic.path("status").asString()).isEqualTo("WARN");
            assertThat(semantic.path("details").path("warning").asString())
                    .contains("语义向量模型", "无法加载", "UnsatisfiedLinkError", "分词和二元组检索");
            assertThat(health.path("components").path("knowledge").path("status").asString()).isEqualTo("UP");
            assertThat(bot.console()).contains("语义向量模型（bge-small-zh，ONNX Runtime）无法加载", "Started");
        }
    }
}
