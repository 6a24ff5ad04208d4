package org.campaignbot.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campaignbot.admin.ActionLog;
import org.campaignbot.admin.AdminAuthException;
import org.campaignbot.admin.AdminErrors;
import org.campaignbot.admin.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How the admin API refuses, in the words it has always used: 401 with a Basic challenge and a Chinese JSON error
 * when credentials are missing or wrong (wrong ones count towards the {@link LoginThrottle} and are logged), 403 when
 * a read-only account tries to change something.
 */
class ApiEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiEntryPoint.class);
    static final String READ_ONLY = "只读账号不能执行此操作：请用管理员账号";
    private final LoginThrottle throttle;
    private final ActionLog actions;

    ApiEntryPoint(LoginThrottle throttle, ActionLog actions) {
        this.throttle = throttle;
        this.actions = actions;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!(e instanceof InsufficientAuthenticationException)) { // credentials were given, and were wrong
            String address = request.getRemoteAddr();
            int count = throttle.failed(address);
            log.warn("登录失败：管理接口 {} {} 的账号或密码不正确，来自 {}（{}内第 {} 次，满 {} 次暂停登录）", request.getMethod(),
                    request.getRequestURI(), address, throttle.windowText(), count, throttle.maxFailures());
            actions.record(BasicUser.of(request), address, "登录失败", "管理接口 " + request.getMethod() + " "
                    + request.getRequestURI() + "：账号或密码不正确（第 " + count + " 次）", ActionLog.REFUSED);
        }
        AdminErrors.write(response, 401, AdminAuthException.NEEDS_LOGIN, null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        AdminErrors.write(response, 403, READ_ONLY, null);
    }

    /** The user name a Basic header claims, for the record of a failed login; never the password. */
    static final class BasicUser {
        private BasicUser() {
        }

        static String of(HttpServletRequest request) {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return "";
            }
            try {
                String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).strip()),
                        java.nio.charset.StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? "" : decoded.substring(0, Math.min(colon, 64));
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
    }
}
