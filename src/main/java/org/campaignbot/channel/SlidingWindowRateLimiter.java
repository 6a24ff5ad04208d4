package org.campaignbot.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.campaignbot.cluster.SharedRateLimits;

/**
 * At most {@code limit} sends per {@code window} per key (a robot). Both WeCom and DingTalk robots allow 20 a minute
 * and DingTalk mutes a robot for 10 minutes past that, so we stay under the limit on our side rather than find out.
 *
 * <p>Keys include group conversations, which grow with traffic, so the map holds at most {@code maxKeys}: a new key
 * first makes room by dropping keys with nothing sent inside the window (they limit nothing), and if every key is
 * still busy it is told to wait one window, like a robot over its limit. Callers already handle that by trying
 * again later; nothing is dropped.
 *
 * <p>The service's limiters are {@link #shared shared}: their slots are counted in the database, so every instance on
 * it draws from one allowance per robot. The in-memory form remains for tests of the parts that use a limiter.
 */
public class SlidingWindowRateLimiter {
    static final int DEFAULT_MAX_KEYS = 10_000;
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Deque<Long>> sent = new HashMap<>();
    private final SharedRateLimits shared;
    private final String prefix;

    public SlidingWindowRateLimiter(int limit, Duration window, Clock clock) {
        this(limit, window, clock, DEFAULT_MAX_KEYS);
    }

    public SlidingWindowRateLimiter(int limit, Duration window, Clock clock, int maxKeys) {
        this(limit, window, clock, maxKeys, null, "");
    }

    private SlidingWindowRateLimiter(int limit, Duration window, Clock clock, int maxKeys, SharedRateLimits shared,
                                     String prefix) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.maxKeys = maxKeys;
        this.shared = shared;
        this.prefix = prefix;
    }

    /**
     * A limiter counted in the database, shared by every instance on it; {@code prefix} keeps one platform's keys
     * apart from another's (a WeCom robot and a DingTalk robot may have the same name).
     */
    public static SlidingWindowRateLimiter shared(int limit, Duration window, SharedRateLimits store, String prefix) {
        return new SlidingWindowRateLimiter(limit, window, null, 0, store, prefix);
    }

    /** Takes a slot and returns zero, or takes nothing and returns how long to wait for the next free slot. */
    public Duration tryAcquire(String key) {
        if (shared != null) {
            return shared.tryAcquire(prefix + key, limit, window);
        }
        return tryAcquireInMemory(key);
    }

    private synchronized Duration tryAcquireInMemory(String key) {
        long now = clock.millis();
        if (!sent.containsKey(key) && sent.size() >= maxKeys) {
            sent.values().removeIf(times -> times.isEmpty() || times.peekLast() <= now - window.toMillis());
            if (sent.size() >= maxKeys) {
                return window;
            }
        }
        Deque<Long> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
            times.pollFirst();
        }
        if (times.size() < limit) {
            times.addLast(now);
            return Duration.ZERO;
        }
        return Duration.ofMillis(times.peekFirst() + window.toMillis() - now);
    }

    /** Keys held now (for tests). */
    synchronized int size() {
        return sent.size();
    }
}
