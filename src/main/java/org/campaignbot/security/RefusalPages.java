package org.campaignbot.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.HtmlUtils;

/**
 * The small pages the console's security filters answer with before any controller or template is reached: the
 * console switched off, a throttled login, a cross-site form. Plain HTML with the console's stylesheet.
 */
final class RefusalPages {
    private RefusalPages() {
    }

    static void write(HttpServletResponse response, int status, String title, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · 行动办工作台</title><link rel="stylesheet" href="/admin/console.css"></head>
                <body class="login"><main class="login-box"><h1>%s</h1><p class="notice error">%s</p>
                <p><a href="/admin/login">返回登录页</a></p></main></body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(message));
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
