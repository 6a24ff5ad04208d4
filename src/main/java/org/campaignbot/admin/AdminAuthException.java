package org.campaignbot.admin;

/** An admin request without valid credentials, or while the admin API is switched off. */
public class AdminAuthException extends RuntimeException {
    private final int status;

    AdminAuthException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 401 (missing or wrong credentials) or 403 (admin API disabled). */
    public int status() {
        return status;
    }
}
