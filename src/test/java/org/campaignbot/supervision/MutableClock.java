package org.campaignbot.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.campaignbot.common.TimeConfig;

/** A clock tests set and move; shared by every bean through the @Primary bean in {@link SupervisionTestConfig}. */
public class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(LocalDateTime start) {
        set(start);
    }

    public void set(LocalDateTime beijingTime) {
        now = beijingTime.atZone(TimeConfig.ZONE).toInstant();
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return TimeConfig.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(TimeConfig.ZONE) ? this : Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
