package org.campaignbot.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campaignbot.common.ErrorBody;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns {@link AdminAuthException} into the one JSON error shape ({@link ErrorBody}), from the interceptor or from a controller that calls require().
 * First in line, so that a catch-all handler elsewhere does not turn a refused login into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AdminErrors {

    @ExceptionHandler(AdminAuthException.class)
    public ResponseEntity<ErrorBody> handle(AdminAuthException e) {
        var builder = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON);
        if (e.status() == 401) {
            builder.header("WWW-Authenticate", challenge());
        }
        if (e.retryAfter() != null) {
            builder.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return builder.body(new ErrorBody(e.getMessage()));
    }

    static void write(HttpServletResponse response, AdminAuthException e) throws IOException {
        write(response, e.status(), e.getMessage(), e.retryAfter());
    }

    /**
     * A refusal as the admin API gives it, for the security filters in front of it: JSON, with the Basic challenge on
     * a 401 and {@code Retry-After} on a 429 (when {@code retryAfter} is given).
     */
    public static void write(HttpServletResponse response, int status, String message, java.time.Duration retryAfter)
            throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", challenge());
        }
        if (retryAfter != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        ErrorBody.write(response, status, message);
    }

    private static String challenge() {
        return "Basic realm=\"" + AdminAuth.REALM + "\", charset=\"UTF-8\"";
    }
}
