package org.campaignbot.channel.dingtalk;

import java.time.Instant;
import org.campaignbot.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the service clock with one the tests move by hand. */
@TestConfiguration
public class TestClockConfig {
    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }
}
