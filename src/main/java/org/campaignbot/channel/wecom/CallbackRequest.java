package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.util.HashMap;
import java.util.Map;
import org.campaignbot.channel.inbound.BodyLimit;

/**
 * The parts of a callback request we trust ourselves to read: query parameters decoded exactly once (a second
 * decoding turns '+' in echostr into a space and breaks both signature and Base64), and a body capped by {@link BodyLimit}
 * however it is sent. Query parameters are parsed here rather than by the servlet container so that a
 * form-encoded body is never read past the cap.
 */
record CallbackRequest(Map<String, String> query, byte[] body) {
    static CallbackRequest of(HttpServletRequest request, boolean withBody) {
        return new CallbackRequest(query(request.getQueryString()),
                withBody ? BodyLimit.read(request, CallbackRefusal::badRequest) : new byte[0]);
    }

    String param(String name) {
        return query.get(name);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.length() > 8192) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    out.putIfAbsent(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), UTF_8));
                } catch (IllegalArgumentException e) {
                    throw CallbackRefusal.badRequest("URL 参数编码错误");
                }
            }
        }
        return out;
    }
}
