package org.campaignbot.channel;

import java.time.Duration;

/**
 * A push that did not go out. The outbox retries every kind; the kind decides how soon.
 * The message must never contain a secret (webhook keys, tokens): it is stored and shown in health details.
 */
public class DeliveryException extends Exception {
    public enum Kind {
        /** network error, platform busy (-1, 45009): retry with backoff */
        TRANSIENT,
        /** wrong key, secret or clock (93000, 310000): retried slowly, reported until someone fixes the settings */
        CONFIGURATION,
        /** our own rate limit: not a failure, just wait {@link #retryAfter()} */
        RATE_LIMITED
    }

    private final Kind kind;
    private final Duration retryAfter;

    public DeliveryException(Kind kind, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public static DeliveryException transientFailure(String message) {
        return new DeliveryException(Kind.TRANSIENT, message, null);
    }

    public static DeliveryException configuration(String message) {
        return new DeliveryException(Kind.CONFIGURATION, message, null);
    }

    public static DeliveryException later(Duration wait) {
        return new DeliveryException(Kind.RATE_LIMITED, "rate limited, waiting " + wait.toMillis() + " ms", wait);
    }

    public Kind kind() {
        return kind;
    }

    /** null when the outbox should pick the backoff itself */
    public Duration retryAfter() {
        return retryAfter;
    }
}
