package org.campaignbot.channel.wecom;

/**
 * A WeCom API call that did not succeed. The message carries the errcode and errmsg only, never the URL, since
 * URLs hold the access token or a robot's webhook key.
 */
final class WeComApiException extends Exception {
    /** No HTTP answer at all (timeout, refused, reset). */
    static final int NETWORK = -2;
    /** An HTTP status other than 200, or a body that is not WeCom's JSON. */
    static final int HTTP = -3;

    final int errcode;

    WeComApiException(int errcode, String detail) {
        super("errcode " + errcode + (detail == null || detail.isBlank() ? "" : "：" + detail), null, false, false);
        this.errcode = errcode;
    }

    /** Worth another try soon: system busy (-1), frequency limits (45009, 45033), network and server trouble. */
    boolean isTransient() {
        return errcode == -1 || errcode == 45009 || errcode == 45033 || errcode == NETWORK || errcode == HTTP;
    }

    /** The access token is invalid or expired: fetch a new one and try once more. */
    boolean isTokenRejected() {
        return errcode == 40014 || errcode == 42001;
    }
}
