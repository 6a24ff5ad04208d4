package org.campaignbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cluster lock between two instances, on H2 and on PostgreSQL. */
class ClusterLockTest {
    abstract static class Locks {
        final MutableClock clock = new MutableClock(Instant.parse("2026-10-12T01:00:00Z"));
        final TestDatabase db = database();
        final ClusterLock a = new ClusterLock(db.jdbc(), clock, new InstanceId());
        final ClusterLock b = new ClusterLock(db.jdbc(), clock, new InstanceId());

        abstract TestDatabase database();

        @Test
        void whileOneInstanceRunsTheCycleTheOtherSkipsItAndAfterwardsMayRunIt() {
            AtomicInteger runs = new AtomicInteger();
            boolean ran = a.runExclusively("cycle", Duration.ofMinutes(5), () -> {
                runs.incrementAndGet();
                assertThat(b.runExclusively("cycle", Duration.ofMinutes(5), runs::incrementAndGet)).isFalse();
                assertThat(b.runExclusively("other-cycle", Duration.ofMinutes(5), () -> { })).isTrue(); // locks are per name
            });
            assertThat(ran).isTrue();
            assertThat(runs).hasValue(1);
            assertThat(b.runExclusively("cycle", Duration.ofMinutes(5), runs::incrementAndGet)).isTrue();
            assertThat(runs).hasValue(2);
        }

        @Test
        void aLockWhoseHolderDiedIsFreeOnceItsTimeIsUp() {
            assertThat(a.acquire("cycle", Duration.ofMinutes(5))).isTrue(); // a dies without releasing
            assertThat(b.acquire("cycle", Duration.ofMinutes(5))).isFalse();
            clock.advance(Duration.ofMinutes(5));
            assertThat(b.acquire("cycle", Duration.ofMinutes(5))).isTrue();
            a.release("cycle"); // the old holder's late release must not free b's lock
            assertThat(a.acquire("cycle", Duration.ofMinutes(5))).isFalse();
        }

        @Test
        void instancesReachingAFreshLockAtTheSameMomentGetItOnce() throws Exception {
            var start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> got = pool.invokeAll(List.of(
                        () -> { start.await(); return a.acquire("fresh", Duration.ofMinutes(5)); },
                        () -> { start.await(); return b.acquire("fresh", Duration.ofMinutes(5)); }));
                assertThat(List.of(got.get(0).get(), got.get(1).get())).containsExactlyInAnyOrder(true, false);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class OnH2 extends Locks {
        @Override
        TestDatabase database() {
            return TestDatabase.h2();
        }
    }

    @Nested
    @PostgresTest
    class OnPostgresql extends Locks {
        @Override
        TestDatabase database() {
            return TestDatabase.postgres();
        }
    }
}
