package org.campaignbot.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.campaignbot.admin.LoginThrottle;
import org.campaignbot.supervision.Ledger;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running app with the console on, the sample speech and plan in a knowledge folder of its own (uploads land
 * there), no channel configured (pushes wait in the outbox), and the clock on 5 January 2027. The console's HTTP and
 * browser tests share this one context; {@link #reset()} puts the ledger back as the plan has it and empties the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.knowledge.watch=false", "bot.outbox.poll-interval=1h",
        "bot.supervision.check-interval=1h", "bot.admin.password=" + ConsoleTestBase.PASSWORD,
        "bot.console.upload-max-size=2MB"})
@Import(ConsoleTestConfig.class)
public abstract class ConsoleTestBase {
    public static final String PASSWORD = "console-test-password";
    private static Path knowledgeDir;

    @DynamicPropertySource
    static void knowledge(DynamicPropertyRegistry registry) {
        registry.add("bot.knowledge.dir", ConsoleTestBase::knowledgeDir);
    }

    static synchronized String knowledgeDir() {
        if (knowledgeDir == null) {
            try {
                knowledgeDir = Files.createDirectories(Path.of("target/test-knowledge", "console-" + UUID.randomUUID()));
                for (String file : new String[] {"plan-sanzhua-sancu-sample.md", "speech-sanzhua-sancu.md"}) {
                    Files.copy(Path.of("knowledge", file), knowledgeDir.resolve(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return knowledgeDir.toString();
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Ledger ledger;
    @Autowired
    protected LoginThrottle throttle;

    @BeforeEach
    void reset() {
        clock.set(ConsoleTestConfig.NOW);
        throttle.clear();
        jdbc.sql("""
                UPDATE sup_task SET close_requested_at = NULL, close_requested_by = NULL, close_requested_channel = NULL,
                    close_requested_user_id = NULL, closed_at = NULL, closed_by = NULL""").update();
        jdbc.sql("DELETE FROM outbox").update();
    }

    /** A signed-in administrator's session. */
    protected ConsoleHttp admin() throws Exception {
        var console = new ConsoleHttp(port);
        var login = console.login("admin", PASSWORD);
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed: " + login.statusCode() + " " + login.headers().map());
        }
        return console;
    }

    protected static Path knowledgePath() {
        return Path.of(knowledgeDir());
    }
}
