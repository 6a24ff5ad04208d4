package org.campaignbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One robot's 20-a-minute allowance drawn by two instances at once, counted in H2 or PostgreSQL. */
class SharedRateLimitsTest {
    abstract static class Limits {
        final MutableClock clock = new MutableClock(Instant.parse("2026-10-12T01:00:00Z"));
        final TestDatabase db = database();
        final SlidingWindowRateLimiter a = limiter();
        final SlidingWindowRateLimiter b = limiter();

        abstract TestDatabase database();

        private SlidingWindowRateLimiter limiter() {
            return SlidingWindowRateLimiter.shared(20, Duration.ofMinutes(1), new SharedRateLimits(db.jdbc(), clock, db.tx()), "wecom-robot:");
        }

        @Test
        void twoInstancesPushingAtOnceGetTwentySlotsBetweenThem() throws Exception {
            var start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> instances = List.of(() -> take(a, start), () -> take(b, start));
                var granted = pool.invokeAll(instances);
                assertThat(granted.get(0).get() + granted.get(1).get()).isEqualTo(20);
            } finally {
                pool.shutdownNow();
            }
            assertThat(a.tryAcquire("office")).isEqualTo(Duration.ofMinutes(1)); // all 20 taken at this instant
            assertThat(b.tryAcquire("zwfw")).isZero();                           // another robot has its own
            clock.advance(Duration.ofMinutes(1));
            assertThat(b.tryAcquire("office")).isZero();
        }

        private static int take(SlidingWindowRateLimiter limiter, CyclicBarrier start) throws Exception {
            start.await();
            int granted = 0;
            for (int i = 0; i < 15; i++) {
                if (limiter.tryAcquire("office").isZero()) {
                    granted++;
                }
            }
            return granted;
        }

        @Test
        void theWaitIsUntilTheOldestSlotInTheWindowLeavesIt() {
            for (int i = 0; i < 20; i++) {
                (i % 2 == 0 ? a : b).tryAcquire("office");
                clock.advance(Duration.ofSeconds(1));
            }
            // slots at 0 s … 19 s; now 20 s: the first frees at 60 s
            assertThat(a.tryAcquire("office")).isEqualTo(Duration.ofSeconds(40));
            clock.advance(Duration.ofSeconds(40));
            assertThat(b.tryAcquire("office")).isZero();
            assertThat(a.tryAcquire("office")).isEqualTo(Duration.ofSeconds(1));
        }
    }

    @Nested
    class OnH2 extends Limits {
        @Override
        TestDatabase database() {
            return TestDatabase.h2();
        }
    }

    @Nested
    @PostgresTest
    class OnPostgresql extends Limits {
        @Override
        TestDatabase database() {
            return TestDatabase.postgres();
        }
    }
}
