package org.campaignbot.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import org.campaignbot.common.TimeConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The one clock configuration of the Spring tests: a {@link MutableClock} that replaces the service clock, so every
 * bean that injects the {@link java.time.Clock} sees the time the test chose and moves. A test configuration that
 * needs a particular starting time imports this class and declares a {@link Start} bean; without one the clock
 * starts at the real time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /** Where the clock starts. */
    public record Start(Instant instant) {
        /** A wall-clock time in Beijing, as the plans and schedules are written. */
        public static Start beijing(LocalDateTime time) {
            return new Start(time.atZone(TimeConfig.ZONE).toInstant());
        }
    }

    @Bean
    @Primary
    MutableClock testClock(ObjectProvider<Start> start) {
        return new MutableClock(start.getIfAvailable(() -> new Start(Instant.now())).instant());
    }
}
