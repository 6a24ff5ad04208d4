package org.campaignbot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The limiter's map of keys (robots, group chats) is bounded, and a key over the bound waits: it is never dropped. */
class SlidingWindowRateLimiterTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-10-08T01:00:00Z"));
    final SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(2, Duration.ofMinutes(1), clock, 3);

    @Test
    void aNewKeyPastTheBoundWaitsUntilAnOldOneGoesQuiet() {
        for (String key : new String[] {"a", "b", "c"}) {
            assertThat(limiter.tryAcquire(key)).isZero();
        }
        assertThat(limiter.tryAcquire("d")).isEqualTo(Duration.ofMinutes(1)); // full, all busy: wait, not lost
        assertThat(limiter.size()).isEqualTo(3);
        assertThat(limiter.tryAcquire("a")).isZero(); // known keys keep their own budget
        assertThat(limiter.tryAcquire("a")).isPositive();

        clock.advance(Duration.ofSeconds(61)); // everything went quiet: room is made
        assertThat(limiter.tryAcquire("d")).isZero();
        assertThat(limiter.size()).isEqualTo(1);
    }

    @Test
    void thousandsOfConversationsNeverHoldMoreThanTheBound() {
        var bounded = new SlidingWindowRateLimiter(20, Duration.ofMinutes(1), clock, 100);
        for (int i = 0; i < 5000; i++) {
            bounded.tryAcquire("dingtalk:chat:cid-" + i);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(bounded.size()).isLessThanOrEqualTo(100);
    }
}
