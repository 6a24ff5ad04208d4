package org.campaignbot.channel.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The liveness of one long connection (WeCom's robot long connection, DingTalk Stream), in the same terms for both:
 * its state and since when, the last error, when the last frame and the last question came, and how often it was
 * reconnected and why — a dropped socket, heartbeats that went unanswered, or a connection that stayed open but
 * delivered nothing (the "half-alive" socket both platforms are known for). WARN (still HTTP 200) while not
 * connected: the service answers elsewhere, but an office relying on this connection hears nothing.
 */
public class ConnectionHealth extends TransportHealth {
    public enum State { CONNECTING, CONNECTED, RECONNECTING, AUTH_FAILED, REPLACED, STOPPED }

    private final Clock clock;
    private volatile State state = State.CONNECTING;
    private volatile Instant since;
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Instant lastFrameAt;
    private volatile Instant lastMessageAt;
    public final AtomicLong connects = new AtomicLong();
    public final AtomicLong reconnects = new AtomicLong();
    /** Nothing at all arrived for the silence timeout. */
    public final AtomicLong silentReconnects = new AtomicLong();
    /** Heartbeats that went unanswered, and the reconnects they caused. */
    public final AtomicLong missedHeartbeats = new AtomicLong();
    public final AtomicLong heartbeatReconnects = new AtomicLong();
    /** Heartbeats answered, yet no question for the idle timeout: reconnected in case the socket is half-alive. */
    public final AtomicLong idleReconnects = new AtomicLong();
    public final AtomicLong messages = new AtomicLong();
    public final AtomicLong duplicates = new AtomicLong();
    public final AtomicLong ignoredFrames = new AtomicLong();

    public ConnectionHealth(String platform, Clock clock) {
        super(platform);
        this.clock = clock;
        this.since = clock.instant();
    }

    public void state(State next) {
        if (state != next) {
            state = next;
            since = clock.instant();
        }
    }

    public State state() {
        return state;
    }

    public boolean connected() {
        return state == State.CONNECTED;
    }

    public void error(String message) {
        lastError = message;
        lastErrorAt = clock.instant();
    }

    public void frame() {
        lastFrameAt = clock.instant();
    }

    public void message() {
        messages.incrementAndGet();
        lastMessageAt = clock.instant();
    }

    @Override
    protected Map<String, Object> configured() {
        return Map.of();
    }

    @Override
    public Health health() {
        return Health.status(connected() ? Status.UP : new Status("WARN")).withDetails(details()).build();
    }

    @Override
    protected Map<String, Object> details() {
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
        details.put("missedHeartbeats", missedHeartbeats.get());
        details.put("heartbeatReconnects", heartbeatReconnects.get());
        details.put("idleReconnects", idleReconnects.get());
        details.put("messages", messages.get());
        details.put("duplicates", duplicates.get());
        details.put("ignoredFrames", ignoredFrames.get());
        details.putAll(super.details());
        return details;
    }

    private static String text(Instant at) {
        return at == null ? "never" : at.toString();
    }
}
