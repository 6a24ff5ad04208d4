package org.campaignbot.common;

/** Input the caller can fix; the message is shown to the caller (in Chinese) as a 400 JSON error. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
