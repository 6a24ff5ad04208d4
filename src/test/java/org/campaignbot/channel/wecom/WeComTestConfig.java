package org.campaignbot.channel.wecom;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.conversation.CommandHandler;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.campaignbot.testing.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;

/**
 * Test-only commands, seen by the real ConversationService like any feature's: a recorder of every message the
 * core receives, a counter ("计数…"), a slow answer ("慢…", longer than the reply window) and a long answer
 * ("长回复", over 2,048 bytes; "超长回复", over the 20,480 bytes of a stream message). Plus a clock the tests move.
 */
@TestConfiguration
@Import(TestClock.class)
class WeComTestConfig {
    static final List<IncomingMessage> SEEN = new CopyOnWriteArrayList<>();
    static final AtomicInteger COUNTED = new AtomicInteger();
    static volatile long slowMillis = 1500;

    static final String P1 = "第一段：" + "抓学习促提升，".repeat(40);                 // 12 + 40*21 = 852 bytes
    static final String P2 = "第二段：" + "抓执行促落实😀".repeat(60);                 // 12 + 60*22 = 1,332 bytes
    static final String P3 = "第三段没有换行" + "抓效能促发展，全面提升工作质效。".repeat(60); // > 2,048 bytes
    static final String LONG = P1 + "\n\n" + P2 + "\n\n" + P3;

    static void reset() {
        SEEN.clear();
        COUNTED.set(0);
        slowMillis = 1500;
    }

    @Bean
    TestClock.Start clockStart() {
        return new TestClock.Start(Instant.parse("2026-03-02T01:00:00Z"));
    }

    @Bean
    @Order(-100)
    CommandHandler recordingHandler() {
        return message -> {
            SEEN.add(message);
            return Optional.empty();
        };
    }

    @Bean
    @Order(-99)
    CommandHandler testCommands() {
        return message -> {
            String text = message.text();
            if (text.startsWith("计数")) {
                return Optional.of(Reply.text("第 " + COUNTED.incrementAndGet() + " 次：" + text));
            }
            if (text.startsWith("慢")) {
                sleep(slowMillis);
                return Optional.of(Reply.text("慢答复：" + text));
            }
            if (text.equals("长回复")) {
                return Optional.of(Reply.text(LONG));
            }
            if (text.equals("超长回复")) {
                return Optional.of(Reply.text((LONG + "\n\n").repeat(8))); // about 40 KB
            }
            return Optional.empty();
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis); // a deliberately slow answer (an LLM stand-in), longer than the reply window
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
