package org.campaignbot.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ThrowingRunnable;

/**
 * The two kinds of wait a test may do, both with Awaitility, never a bare sleep:
 * <ul>
 *   <li>{@link #poll()}: something must happen — poll until it has, return as soon as it has, fail after
 *       {@link #WAIT}.</li>
 *   <li>{@link #holdsFor}: nothing more may happen — the condition must stay true for a whole window, checked
 *       throughout (a late duplicate fails the test the moment it shows up). The window is bounded, so each caller
 *       says next to it why that long is enough: how often the thing that would misbehave runs.</li>
 * </ul>
 */
public final class Waits {
    /** Long enough for the app's threads and outbox on a loaded 2-core machine; a pass returns at once. */
    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);

    private Waits() {
    }

    /** A positive wait: {@code poll().until(…)} or {@code poll().untilAsserted(…)}. */
    public static ConditionFactory poll() {
        return await().atMost(WAIT).pollInterval(POLL);
    }

    /** Fails unless {@code condition} is true now and stays true for all of {@code window}. */
    public static void holdsFor(Duration window, Callable<Boolean> condition) {
        try {
            if (!condition.call()) {
                throw new AssertionError("the condition does not hold to begin with");
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        await().during(window).atMost(window.plus(WAIT)).pollInterval(POLL).until(condition);
    }

    /** Fails unless the assertions pass now and keep passing for all of {@code window}. */
    public static void holdsFor(Duration window, ThrowingRunnable assertions) {
        try {
            assertions.run();
        } catch (Throwable e) {
            throw e instanceof AssertionError a ? a : new AssertionError(e);
        }
        await().during(window).atMost(window.plus(WAIT)).pollInterval(POLL).untilAsserted(assertions);
    }
}
