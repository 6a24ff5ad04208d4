package org.campaignbot.install;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service as a real operating-system process (the packaged jar or the bundle's start script), with its console
 * output in a file, talked to over real HTTP. Used by the *IT tests, which run after {@code package}.
 */
final class BotProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final int port;
    final Path output;
    private final Process process;

    private BotProcess(Process process, int port, Path output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Starts {@code command} in {@code workDir}, without BOT_HOME from the test's own environment. */
    static BotProcess start(List<String> command, Path workDir, Path output, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("BOT_HOME");
        builder.environment().remove("BOT_ADMIN_PASSWORD");
        return new BotProcess(builder.start(), port, output);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String console() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until /actuator/health answers 200; fails early with the console output if the process ends. */
    void awaitHealthy(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("服务进程已退出（" + process.exitValue() + "）：\n" + console());
            }
            try {
                return get("/actuator/health").statusCode() == 200;
            } catch (IOException e) {
                return false; // not listening yet
            }
        });
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return postJson(path, json, null);
    }

    /** @param authorization an Authorization header value, or null */
    HttpResponse<String> postJson(String path, String json, String authorization) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits for a process that is expected to end by itself; returns its exit code. */
    int awaitExit(Duration atMost) throws InterruptedException {
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("进程没有在 " + atMost + " 内结束：\n" + console());
        }
        return process.exitValue();
    }

    /** SIGTERM, as systemd sends it: the service shuts down gracefully and releases the database file. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
