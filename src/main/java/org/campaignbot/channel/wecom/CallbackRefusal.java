package org.campaignbot.channel.wecom;

import org.springframework.http.HttpStatus;

/**
 * A callback we refuse. The message goes back to the caller as {@code {"error":…}}, so it says what was wrong in
 * general terms and never echoes anything that was decrypted.
 */
final class CallbackRefusal extends RuntimeException {
    final HttpStatus status;

    private CallbackRefusal(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static CallbackRefusal badRequest(String message) {
        return new CallbackRefusal(HttpStatus.BAD_REQUEST, message);
    }

    static CallbackRefusal forbidden(String message) {
        return new CallbackRefusal(HttpStatus.FORBIDDEN, message);
    }
}
