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
 */
public class SlidingWindowRateLimiter {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Long>> sent = new HashMap<>();

    public SlidingWindowRateLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Takes a slot and returns zero, or takes nothing and returns how long to wait for the next free slot. */
    public synchronized Duration tryAcquire(String key) {
        long now = clock.millis();
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
}
