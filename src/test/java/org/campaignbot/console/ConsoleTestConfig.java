package org.campaignbot.console;

import java.time.LocalDateTime;
import org.campaignbot.testing.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The console tests' clock: Tuesday 5 January 2027, 09:00 in Beijing, when the sample plan's tasks 1 and 2 are overdue. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestClock.class)
public class ConsoleTestConfig {
    public static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 5, 9, 0);

    @Bean
    TestClock.Start clockStart() {
        return TestClock.Start.beijing(NOW);
    }
}
