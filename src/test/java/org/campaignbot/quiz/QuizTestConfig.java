package org.campaignbot.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.campaignbot.channel.Channel;
import org.campaignbot.channel.OutboundMessage;
import org.campaignbot.channel.OutboundTarget;
import org.campaignbot.common.TimeConfig;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests set, and a push channel named "test" that records what the outbox sends through it. */
@TestConfiguration
public class QuizTestConfig {

    /** Settable time, Beijing zone. */
    public static class MutableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>();

        public MutableClock(LocalDateTime start) {
            set(start);
        }

        public void set(LocalDateTime time) {
            now.set(time.atZone(TimeConfig.ZONE).toInstant());
        }

        public void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return TimeConfig.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

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
    @Primary
    public MutableClock testClock() {
        return new MutableClock(LocalDateTime.of(2026, 12, 1, 10, 0)); // a Tuesday
    }

    @Bean
    public RecordingChannel recordingChannel() {
        return new RecordingChannel();
    }
}
