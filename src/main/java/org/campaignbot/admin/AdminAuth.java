package org.campaignbot.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic check for the office administrator (user {@code admin}, password {@code bot.admin.password}).
 *
 * <p>{@link AdminAuthInterceptor} applies it to every {@code /api/admin/**} request, so features only put their
 * endpoints under that path. {@link #require(HttpServletRequest)} is public for code outside that path.
 */
@Component
public class AdminAuth {
    public static final String USER = "admin";
    static final String REALM = "campaign-bot admin";

    /** SHA-256 of "admin:password", or null when the admin API is off. */
    private final byte[] expected;

    public AdminAuth(AdminProperties properties) {
        this.expected = properties.enabled() ? sha256(USER + ":" + properties.password()) : null;
    }

    public boolean enabled() {
        return expected != null;
    }

    /** Returns normally for the administrator; throws {@link AdminAuthException} (401 or 403) otherwise. */
    public void require(HttpServletRequest request) {
        if (!enabled()) {
            throw new AdminAuthException(403,
                    "管理接口未启用：请设置管理员密码 bot.admin.password（环境变量 BOT_ADMIN_PASSWORD）后重启服务");
        }
        if (!matches(request.getHeader("Authorization"))) {
            throw new AdminAuthException(401, "需要管理员账号：请使用用户名 admin 和 bot.admin.password 中设置的密码登录");
        }
    }

    /** True when the request carries the administrator's credentials (never throws; for optional extras). */
    public boolean isAdmin(HttpServletRequest request) {
        return enabled() && matches(request.getHeader("Authorization"));
    }

    boolean matches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        // Hashing first makes the comparison independent of the password's length as well as its content.
        return MessageDigest.isEqual(expected, sha256(credentials));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
