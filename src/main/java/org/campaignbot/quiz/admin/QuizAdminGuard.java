package org.campaignbot.quiz.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP Basic for {@code /api/admin/quiz/**}: user {@code admin}, password {@code bot.admin.password}; the API is
 * off while no password is set. A stop-gap with the same rules as the supervision feature's shared admin check,
 * to be replaced by it once both are on main.
 */
@Configuration
public class QuizAdminGuard implements HandlerInterceptor, WebMvcConfigurer {
    private final byte[] expected;
    private final boolean enabled;
    private final JsonMapper json;

    public QuizAdminGuard(@Value("${bot.admin.password:}") String password, JsonMapper json) {
        this.enabled = !password.isBlank();
        this.expected = sha256(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/admin/quiz/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!enabled) {
            return deny(response, HttpServletResponse.SC_FORBIDDEN, "管理接口未启用：请设置 bot.admin.password（环境变量 BOT_ADMIN_PASSWORD）");
        }
        String header = request.getHeader("Authorization");
        byte[] given = new byte[0];
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                given = Base64.getDecoder().decode(header.substring(6).strip());
            } catch (IllegalArgumentException badBase64) {
                given = new byte[0];
            }
        }
        // hashed, then compared in constant time: neither the content nor the length of the password leaks
        if (!MessageDigest.isEqual(sha256(given), expected)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"campaign-bot\", charset=\"UTF-8\"");
            return deny(response, HttpServletResponse.SC_UNAUTHORIZED, "需要管理员账号：用户名 admin，密码为 bot.admin.password");
        }
        return true;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private boolean deny(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("error", message)));
        return false;
    }
}
