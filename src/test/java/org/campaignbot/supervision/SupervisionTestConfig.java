package org.campaignbot.supervision;

import java.time.Clock;
import java.time.LocalDateTime;
import org.campaignbot.testing.FakePlatform;
import org.campaignbot.testing.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Test beans: a clock tests can set, and "wecom" / "dingtalk" channels that post to a local fake platform. The real
 * channels are off in tests (their settings are absent), so these names do not clash.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestClock.class)
public class SupervisionTestConfig {
    /** Monday 28 September 2026, 08:00 in Beijing: the ledger is first read then. */
    public static final LocalDateTime START = LocalDateTime.of(2026, 9, 28, 8, 0);

    @Bean
    TestClock.Start clockStart() {
        return TestClock.Start.beijing(START);
    }

    @Bean(destroyMethod = "close")
    FakePlatform fakePlatform() {
        return new FakePlatform();
    }

    @Bean
    TestRobotChannel testWecomChannel(FakePlatform platforms, Clock clock) {
        return new TestRobotChannel("wecom", platforms.baseUrl(), clock);
    }

    @Bean
    TestRobotChannel testDingtalkChannel(FakePlatform platforms, Clock clock) {
        return new TestRobotChannel("dingtalk", platforms.baseUrl(), clock);
    }
}
