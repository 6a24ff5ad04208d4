package org.campaignbot.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic check for the office administrator (user {@code admin}, password {@code bot.admin.password}), for the
 * paths outside Spring Security's chains that show the administrator more: health details, metrics.
 * {@code /admin/**} and {@code /api/admin/**} are guarded by Spring Security ({@code security.SecurityConfig}), which
 * compares the administrator's password the same way ({@link #matchesPassword}). Wrong passwords count towards the
 * shared {@link LoginThrottle}, and a throttled address is refused even with the right one.
 */
@Component
public class AdminAuth {
    private static final Logger log = LoggerFactory.getLogger(AdminAuth.class);
    public static final String USER = "admin";
    public static final String REALM = "campaign-bot admin";

    /** SHA-256 of "admin:password", or null when the admin API is off. */
    private final byte[] expected;
    private final LoginThrottle throttle;

    @Autowired
    public AdminAuth(AdminProperties properties, LoginThrottle throttle) {
        this.expected = properties.enabled() ? sha256(USER + ":" + properties.password()) : null;
        this.throttle = throttle;
    }

    public AdminAuth(AdminProperties properties) {
        this(properties, new LoginThrottle(properties, Clock.systemUTC()));
    }

    public boolean enabled() {
        return expected != null;
    }

    /** Returns normally for the administrator; throws {@link AdminAuthException} (401, 403 or 429) otherwise. */
    public void require(HttpServletRequest request) {
        if (!enabled()) {
            throw AdminAuthException.disabled();
        }
        String address = request.getRemoteAddr();
        String authorization = request.getHeader("Authorization");
        if (authorization != null && throttle.locked(address)) {
            throw AdminAuthException.throttled(throttle.retryAfter(address));
        }
        if (!matches(authorization)) {
            if (authorization != null) {
                failed(request, address);
            }
            throw new AdminAuthException(401, AdminAuthException.NEEDS_LOGIN);
        }
    }

    /** True when the request carries the administrator's credentials (never throws; for optional extras). */
    public boolean isAdmin(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (!enabled() || authorization == null) {
            return false;
        }
        String address = request.getRemoteAddr();
        if (throttle.locked(address)) {
            return false;
        }
        if (matches(authorization)) {
            return true;
        }
        failed(request, address);
        return false;
    }

    private void failed(HttpServletRequest request, String address) {
        int count = throttle.failed(address);
        log.warn("登录失败：{} {} 的管理员凭据不正确，来自 {}（{}内第 {} 次，满 {} 次暂停登录）", request.getMethod(),
                request.getRequestURI(), address, throttle.windowText(), count, throttle.maxFailures());
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
        return matchesCredentials(credentials);
    }

    /** True for the administrator's password (false while the admin API is off); for the console's login. */
    public boolean matchesPassword(String password) {
        return password != null && matchesCredentials(USER + ":" + password);
    }

    private boolean matchesCredentials(String credentials) {
        // Hashing first makes the comparison independent of the password's length as well as its content.
        return enabled() && MessageDigest.isEqual(expected, sha256(credentials));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
