package org.campaignbot.knowledge.load;

/** A file that cannot be read; the message says why, in words an office worker can act on. */
public class DocumentReadException extends Exception {
    public DocumentReadException(String message, Throwable cause) {
        super(message, cause);
    }

    public DocumentReadException(String message) {
        super(message);
    }
}
