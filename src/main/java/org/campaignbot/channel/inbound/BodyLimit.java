package org.campaignbot.channel.inbound;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * The one cap on a callback's body, for every platform: no chat message comes near 64 KB (a question is at most
 * 2,000 characters, encrypted and wrapped), so anything larger is refused before it is read into memory.
 */
public final class BodyLimit {
    public static final int MAX_BYTES = 64 * 1024;
    public static final String TOO_LARGE = "请求体超过 64 KB，已拒绝";
    public static final String UNREADABLE = "读取请求体失败";

    private BodyLimit() {
    }

    /**
     * Reads the body, at most {@link #MAX_BYTES}.
     *
     * @param refusal turns a Chinese reason into the transport's own 4xx exception
     */
    public static byte[] read(HttpServletRequest request, Function<String, ? extends RuntimeException> refusal) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw refusal.apply(TOO_LARGE);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw refusal.apply(TOO_LARGE);
            }
            return body;
        } catch (IOException e) { // the client went away mid-body: its fault, not a server error
            throw refusal.apply(UNREADABLE);
        }
    }
}
