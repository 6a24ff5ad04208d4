package org.campaignbot.channel.wecom.longconn;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code /actuator/health} → {@code components.wecomLongConnection}: whether the robot can hear questions now, the
 * last error and when the last frame and the last question came. WARN (still HTTP 200) while not connected: the
 * service answers elsewhere, but an office relying on this robot hears nothing. Never shows the Secret.
 */
class LongConnectionHealth implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(LongConnectionHealth.class);

    enum State { CONNECTING, CONNECTED, RECONNECTING, AUTH_FAILED, REPLACED, STOPPED }

    private final Clock clock;
    private volatile State state = State.CONNECTING;
    private volatile Instant since;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Instant lastFrameAt;
    private volatile Instant lastMessageAt;
    final AtomicLong connects = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    final AtomicLong silentReconnects = new AtomicLong();
    final AtomicLong messages = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong ignoredFrames = new AtomicLong();

    LongConnectionHealth(Clock clock) {
        this.clock = clock;
        this.since = clock.instant();
    }

    void state(State next) {
        if (state != next) {
            state = next;
            since = clock.instant();
        }
    }

    State state() {
        return state;
    }

    void error(String message) {
        lastError = message;
        lastErrorAt = clock.instant();
    }

    void frame() {
        lastFrameAt = clock.instant();
    }

    void message() {
        messages.incrementAndGet();
        lastMessageAt = clock.instant();
    }

    void ignored(String why) {
        ignoredFrames.incrementAndGet();
        log.warn("忽略企业微信长连接上无法处理的帧：{}", why);
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", state.name());
        details.put("since", since.toString());
        details.put("lastError", lastError == null ? "none" : lastError);
        details.put("lastErrorAt", text(lastErrorAt));
        details.put("lastFrameAt", text(lastFrameAt));
        details.put("lastMessageAt", text(lastMessageAt));
        details.put("connects", connects.get());
        details.put("reconnects", reconnects.get());
        details.put("silentReconnects", silentReconnects.get());
        details.put("messages", messages.get());
        details.put("duplicates", duplicates.get());
        details.put("ignoredFrames", ignoredFrames.get());
        return Health.status(state == State.CONNECTED ? Status.UP : new Status("WARN")).withDetails(details).build();
    }

    private static String text(Instant at) {
        return at == null ? "never" : at.toString();
    }
}
