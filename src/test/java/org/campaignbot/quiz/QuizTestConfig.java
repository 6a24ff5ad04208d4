package org.campaignbot.quiz;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.campaignbot.channel.Channel;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.testing.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The shared settable clock, and a push channel named "test" that records what the outbox sends through it. */
@TestConfiguration
@Import(TestClock.class)
public class QuizTestConfig {

    /** What the fake platform received. */
    public record Sent(OutboundTarget target, OutboundMessage message) {
    }

    public static class RecordingChannel implements Channel {
        public final List<Sent> sent = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "test";
        }

        @Override
        public void send(OutboundTarget target, OutboundMessage message) {
            sent.add(new Sent(target, message));
        }
    }

    @Bean
    TestClock.Start clockStart() {
        return TestClock.Start.beijing(LocalDateTime.of(2026, 12, 1, 10, 0)); // a Tuesday
    }

    @Bean
    public RecordingChannel recordingChannel() {
        return new RecordingChannel();
    }
}
