package org.campaignbot.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /error}, where the servlet container sends what no handler answered (an exception that escaped a filter,
 * a {@code sendError}). Replaces Spring Boot's default body ({@code timestamp}, {@code status}, an English
 * {@code error}, {@code path}) with the one {@link ErrorBody} shape; a browser on the console under {@code /admin}
 * gets a small Chinese page instead, since that is where it has a way back.
 */
@RestController
public class ErrorEndpoint implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // no status means someone typed /error into the address bar: there is nothing here for them
        int status = code == null ? 404 : code instanceof Integer number && number >= 400 ? number : 500;
        String message = StatusText.of(status);
        if (consolePage(request)) {
            String html = """
                    <!DOCTYPE html>
                    <html lang="zh-CN"><head><meta charset="UTF-8"><title>出错了 · 行动办工作台</title>
                    <link rel="stylesheet" href="/admin/console.css"></head>
                    <body><main><h1>无法完成</h1><p class="notice error">%s</p>
                    <p><a href="/admin">返回总览</a></p></main></body></html>
                    """.formatted(HtmlUtils.htmlEscape(message));
            return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(html);
        }
        return ErrorBody.response(status, message);
    }

    private static boolean consolePage(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String accept = request.getHeader("Accept");
        return uri instanceof String path && (path.equals("/admin") || path.startsWith("/admin/"))
                && accept != null && accept.contains("text/html");
    }
}
