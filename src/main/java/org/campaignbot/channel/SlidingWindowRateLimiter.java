package org.campaignbot.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code limit} sends per {@code window} per key (a robot). Both WeCom and DingTalk robots allow 20 a minute
 * and DingTalk mutes a robot for 10 minutes past that, so we stay under the limit on our side rather than find out.
 *
 * <p>Keys include group conversations, which grow with traffic, so the map holds at most {@code maxKeys}: a new key
 * first makes room by dropping keys with nothing sent inside the window (they limit nothing), and if every key is
 * still busy it is told to wait one window, like a robot over its limit. Callers already handle that by trying
 * again later; nothing is dropped.
 */
public class SlidingWindowRateLimiter {
    static final int DEFAULT_MAX_KEYS = 10_000;
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final int maxKeys;
    private final Map<String, Deque<Long>> sent = new HashMap<>();

    public SlidingWindowRateLimiter(int limit, Duration window, Clock clock) {
        this(limit, window, clock, DEFAULT_MAX_KEYS);
    }

    public SlidingWindowRateLimiter(int limit, Duration window, Clock clock, int maxKeys) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /** Takes a slot and returns zero, or takes nothing and returns how long to wait for the next free slot. */
    public synchronized Duration tryAcquire(String key) {
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
