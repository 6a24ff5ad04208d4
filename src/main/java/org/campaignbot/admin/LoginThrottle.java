package org.campaignbot.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address, for every way of logging in (the console's form, HTTP Basic on the admin API,
 * health details and metrics): after {@code bot.admin.max-failed-logins} failures within
 * {@code bot.admin.failed-login-window}, the address may not try again, with any password, until the oldest of those
 * failures has left the window. A refused attempt is not counted, so an attacker cannot keep the office locked out
 * for longer than one window after the last real try.
 *
 * <p>The address is the connection's: behind a reverse proxy every client shares the proxy's address (and so one
 * allowance), which errs on the safe side. At most {@link #MAX_ADDRESSES} addresses are remembered.
 */
@Component
public class LoginThrottle {
    static final int MAX_ADDRESSES = 10_000;
    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true); // least recently used first

    @Autowired
    public LoginThrottle(AdminProperties properties, Clock clock) {
        this(properties.maxFailedLogins(), properties.failedLoginWindow(), clock);
    }

    public LoginThrottle(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** True when this address has used up its failures and must wait. */
    public synchronized boolean locked(String address) {
        return recent(address) >= max;
    }

    /** Records a failure; returns how many this address has had within the window, this one included. */
    public synchronized int failed(String address) {
        long now = clock.millis();
        evictStale(now);
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        times.addLast(now);
        while (times.size() > max) {
            times.removeFirst();
        }
        return recent(address);
    }

    /** How long until this address may try again; zero when it is not locked. */
    public synchronized Duration retryAfter(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null || recent(address) < max) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.max(0, times.peekFirst() + window.toMillis() - clock.millis()));
    }

    public int maxFailures() {
        return max;
    }

    public Duration window() {
        return window;
    }

    /** The window as the logs say it: 15 分钟, 1 小时, 30 秒. */
    public String windowText() {
        return text(window);
    }

    /** A duration in whole hours, minutes or seconds, in Chinese. */
    public static String text(Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 ? s / 3600 + " 小时" : s % 60 == 0 ? s / 60 + " 分钟" : s + " 秒";
    }

    /** Forgets every failure (tests; or after the office has dealt with an incident and restarted nothing). */
    public synchronized void clear() {
        failures.clear();
    }

    private int recent(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return 0;
        }
        long since = clock.millis() - window.toMillis();
        times.removeIf(t -> t <= since);
        if (times.isEmpty()) {
            failures.remove(address);
            return 0;
        }
        return times.size();
    }

    /** Drops addresses whose failures have all aged out; if still full, the least recently failed ones. */
    private void evictStale(long now) {
        if (failures.size() < MAX_ADDRESSES) {
            return;
        }
        long since = now - window.toMillis();
        failures.values().removeIf(times -> times.isEmpty() || times.peekLast() <= since);
        Iterator<String> oldest = failures.keySet().iterator();
        while (failures.size() >= MAX_ADDRESSES && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
