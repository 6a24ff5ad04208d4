package org.campaignbot.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one shape every JSON endpoint answers an error with: {@code {"error": "<what to fix, in Chinese>"}} and a 4xx
 * (a 5xx only for our own failures). Controllers return {@link #response}, filters that refuse a request before any
 * controller is reached {@link #write} it, and {@link ApiExceptionHandler} and {@link ErrorEndpoint} use it for the
 * rest, so a client parses one thing whichever layer said no.
 */
public record ErrorBody(String error) {

    /**
     * The error as a response entity. The content type is set so that a client that asked for something else
     * ({@code Accept: text/html}) still gets this JSON instead of a second failure.
     */
    public static ResponseEntity<ErrorBody> response(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ErrorBody(message));
    }

    public static ResponseEntity<ErrorBody> response(int status, String message) {
        return response(HttpStatusCode.valueOf(status), message);
    }

    /** Writes the error straight to the response, for filters and interceptors in front of the controllers. */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(new ErrorBody(message).json().getBytes(StandardCharsets.UTF_8));
    }

    /** Hand-written so that filters need no JSON mapper; escapes what JSON requires of a string. */
    String json() {
        StringBuilder out = new StringBuilder("{\"error\":\"");
        for (char c : error.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append("\"}").toString();
    }
}
