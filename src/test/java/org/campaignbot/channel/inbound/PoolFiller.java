package org.campaignbot.channel.inbound;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.campaignbot.testing.Waits;

/**
 * Fills an answer pool's threads and queue with tasks that wait for a gate, so the next question is really rejected
 * by the executor, as under a flood. Closing opens the gate and waits until the pool is idle again.
 */
public final class PoolFiller implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final CountDownLatch gate = new CountDownLatch(1);

    private PoolFiller(ThreadPoolExecutor pool) {
        this.pool = pool;
    }

    /** Occupies every thread and, unless {@code threadsOnly}, every queue slot. */
    public static PoolFiller fill(ThreadPoolExecutor pool, boolean threadsOnly) throws InterruptedException {
        PoolFiller filler = new PoolFiller(pool);
        CountDownLatch running = new CountDownLatch(pool.getMaximumPoolSize());
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            pool.execute(() -> {
                running.countDown();
                filler.awaitGate();
            });
        }
        if (!running.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("answer pool threads did not start");
        }
        while (!threadsOnly) {
            try {
                pool.execute(filler::awaitGate);
            } catch (RejectedExecutionException full) {
                break;
            }
        }
        return filler;
    }

    private void awaitGate() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        gate.countDown();
        Waits.poll().until(() -> pool.getActiveCount() == 0 && pool.getQueue().isEmpty());
    }
}
