package org.campaignbot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.campaignbot.common.TimeConfig;

/**
 * A clock tests set and move, in Beijing time. Spring tests get it from {@link TestClock}, as the {@code @Primary}
 * clock, so every bean that injects the {@link Clock} (quiz, supervision, outbox …) sees the time the test chose;
 * plain unit tests construct it.
 */
public class MutableClock extends Clock {
    private final AtomicReference<Instant> now = new AtomicReference<>();

    public MutableClock(LocalDateTime beijingTime) {
        set(beijingTime);
    }

    public MutableClock(Instant start) {
        now.set(start);
    }

    public void set(LocalDateTime beijingTime) {
        now.set(beijingTime.atZone(TimeConfig.ZONE).toInstant());
    }

    public void set(Instant instant) {
        now.set(instant);
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
        return zone.equals(TimeConfig.ZONE) ? this : Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
