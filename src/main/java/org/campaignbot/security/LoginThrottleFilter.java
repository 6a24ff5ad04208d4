package org.campaignbot.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.campaignbot.admin.AdminAuthException;
import org.campaignbot.admin.AdminErrors;
import org.campaignbot.admin.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (429) from an address that has used up its failed logins ({@link LoginThrottle}), before
 * the password is looked at: the console's login form ({@code POST /admin/login}) or Basic credentials on the admin
 * API. Failures themselves are counted where they happen ({@link ConsoleLoginHandlers}, {@link ApiEntryPoint}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);
    private final LoginThrottle throttle;
    private final boolean api;

    /** @param api true: Basic on the admin API (JSON refusal); false: the console's login form (page refusal) */
    LoginThrottleFilter(LoginThrottle throttle, boolean api) {
        this.throttle = throttle;
        this.api = api;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return api ? request.getHeader("Authorization") == null
                : !("POST".equals(request.getMethod()) && SecurityConfig.LOGIN.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (!throttle.locked(address)) {
            chain.doFilter(request, response);
            return;
        }
        Duration wait = throttle.retryAfter(address);
        log.warn("拒绝登录：{} 登录失败次数过多（{}内 {} 次），暂停至约 {} 秒后：{} {}", address, throttle.windowText(),
                throttle.maxFailures(), wait.toSeconds(), request.getMethod(), request.getRequestURI());
        String message = AdminAuthException.throttledMessage(wait);
        if (api) {
            AdminErrors.write(response, 429, message, wait);
        } else {
            response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            RefusalPages.write(response, 429, "暂停登录", message);
        }
    }
}
