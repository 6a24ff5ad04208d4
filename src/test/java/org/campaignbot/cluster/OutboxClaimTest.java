package org.campaignbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two instances claiming from one outbox table: they take disjoint rows when they poll at the same moment, a row
 * claimed by one is not taken by the other until the lease runs out, and the instance that lost a row to an expired
 * lease cannot put it back under the new holder. The same SQL on H2 and on PostgreSQL.
 */
class OutboxClaimTest {
    static final Duration LEASE = Duration.ofSeconds(30);

    abstract static class Claims {
        final MutableClock clock = new MutableClock(Instant.parse("2026-10-12T01:00:00Z"));
        final TestDatabase db = database();
        final Outbox a = new Outbox(db.jdbc(), clock, db.tx(), new InstanceId());
        final Outbox b = new Outbox(db.jdbc(), clock, db.tx(), new InstanceId());

        abstract TestDatabase database();

        void enqueue(int n) {
            for (int i = 0; i < n; i++) {
                a.enqueue("claim-test-" + i, OutboundTarget.robot("wecom", "office"), OutboundMessage.text("第 " + i + " 条"));
            }
        }

        @Test
        void instancesPollingAtTheSameMomentTakeDisjointRows() throws Exception {
            enqueue(60);
            Set<Long> taken = ConcurrentHashMap.newKeySet();
            var start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> counts = pool.invokeAll(List.of(() -> drain(a, taken, start), () -> drain(b, taken, start)));
                int total = counts.get(0).get() + counts.get(1).get();
                assertThat(total).isEqualTo(60); // no row claimed twice (a repeat would make the sum exceed 60)
                assertThat(taken).hasSize(60);
            } finally {
                pool.shutdownNow();
            }
        }

        private int drain(Outbox outbox, Set<Long> taken, CyclicBarrier start) throws Exception {
            start.await();
            int n = 0;
            for (Outbox.Claim c = outbox.claim(7, LEASE); !c.entries().isEmpty(); c = outbox.claim(7, LEASE)) {
                for (Outbox.Entry e : c.entries()) {
                    taken.add(e.id());
                    outbox.markSent(e.id());
                    n++;
                }
            }
            return n;
        }

        @Test
        void aClaimedRowWaitsForItsLeaseAndTheLoserCannotHandItBack() {
            enqueue(1);
            Outbox.Entry held = a.claim(10, LEASE).entries().get(0);
            assertThat(b.claim(10, LEASE).entries()).isEmpty();
            clock.advance(LEASE.plusMillis(1)); // a is gone: its lease runs out
            assertThat(b.claim(10, LEASE).entries()).extracting(Outbox.Entry::id).containsExactly(held.id());
            a.reschedule(held.id(), 1, clock.millis(), "late failure report from the old holder");
            a.release(held);
            assertThat(db.jdbc().sql("SELECT status FROM outbox WHERE id = ?").param(held.id()).query(String.class).single())
                    .isEqualTo("SENDING");
            assertThat(a.claim(10, LEASE).entries()).isEmpty(); // still b's
        }
    }

    @Nested
    class OnH2 extends Claims {
        @Override
        TestDatabase database() {
            return TestDatabase.h2();
        }
    }

    @Nested
    @PostgresTest
    class OnPostgresql extends Claims {
        @Override
        TestDatabase database() {
            return TestDatabase.postgres();
        }
    }
}
