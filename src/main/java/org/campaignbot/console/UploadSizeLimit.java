package org.campaignbot.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a console upload larger than {@code bot.console.upload-max-size} by its Content-Length, before anything
 * reads the body: not the login's CSRF check (which would otherwise read a cut-off multipart body, find no token
 * and call the page expired), not the multipart parser writing it to disk.
 */
@Configuration
class UploadSizeLimit {
    /** Room for the form's other fields and the multipart boundaries around the file. */
    static final long FORM_OVERHEAD = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> consoleUploadSize(ConsoleProperties properties) {
        long max = properties.uploadMaxSize().toBytes() + FORM_OVERHEAD;
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > max) {
                    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    response.setContentType("text/html;charset=UTF-8");
                    response.setHeader("Connection", "close");
                    String page = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>文件太大</title>"
                            + "<link rel=\"stylesheet\" href=\"/admin/console.css\"></head><body><main><h1>文件太大</h1>"
                            + "<p class=\"notice error\">上传的文件不能超过 " + properties.uploadMaxSize().toMegabytes()
                            + " MB（设置 bot.console.upload-max-size）。</p><p><a href=\"/admin/knowledge\">返回知识库</a></p>"
                            + "</main></body></html>";
                    response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/admin/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }
}
