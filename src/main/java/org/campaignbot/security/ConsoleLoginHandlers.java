package org.campaignbot.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campaignbot.admin.ActionLog;
import org.campaignbot.admin.AdminProperties;
import org.campaignbot.admin.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What happens around the console's login: a success starts a session with the configured timeout and is recorded;
 * a failure is counted for the address ({@link LoginThrottle}), logged and recorded; a logout is recorded; a refused
 * request gets a page that says why (a read-only account, or a form without its security token).
 */
class ConsoleLoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutSuccessHandler,
        AccessDeniedHandler {
    private static final Logger log = LoggerFactory.getLogger(ConsoleLoginHandlers.class);
    private final LoginThrottle throttle;
    private final ActionLog actions;
    private final AdminProperties properties;
    private final SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();

    ConsoleLoginHandlers(LoginThrottle throttle, ActionLog actions, AdminProperties properties) {
        this.throttle = throttle;
        this.actions = actions;
        this.properties = properties;
        redirect.setDefaultTargetUrl(SecurityConfig.HOME);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        request.getSession().setMaxInactiveInterval((int) properties.sessionTimeout().toSeconds());
        String user = label(authentication);
        log.info("登录成功：{} 来自 {}", user, request.getRemoteAddr());
        actions.record(user, request.getRemoteAddr(), "登录", "登录行动办工作台", ActionLog.SUCCESS);
        redirect.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String address = request.getRemoteAddr();
        int count = throttle.failed(address);
        String name = request.getParameter("username");
        name = name == null ? "" : name.strip();
        name = name.length() > 64 ? name.substring(0, 64) : name;
        log.warn("登录失败：工作台用户名“{}”或密码不正确，来自 {}（{}内第 {} 次，满 {} 次暂停登录）", name, address,
                throttle.windowText(), count, throttle.maxFailures());
        actions.record(name, address, "登录失败", "工作台：用户名或密码不正确（第 " + count + " 次）", ActionLog.REFUSED);
        response.sendRedirect(SecurityConfig.LOGIN + "?error");
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication != null) {
            actions.record(label(authentication), request.getRemoteAddr(), "退出登录", "退出行动办工作台", ActionLog.SUCCESS);
        }
        response.sendRedirect(SecurityConfig.LOGIN + "?logout");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (e instanceof CsrfException) {
            log.warn("拒绝工作台请求：{} {} 缺少或带有无效的安全令牌（CSRF），来自 {}", request.getMethod(),
                    request.getRequestURI(), request.getRemoteAddr());
            RefusalPages.write(response, 403, "页面已过期",
                    "请求缺少有效的安全令牌：页面可能已过期（登录超时或服务重启），请返回重新打开页面后再操作");
        } else {
            RefusalPages.write(response, 403, "没有权限", ApiEntryPoint.READ_ONLY);
        }
    }

    static String label(Authentication authentication) {
        return authentication.getPrincipal() instanceof ConsoleUser u ? u.label() : authentication.getName();
    }
}
