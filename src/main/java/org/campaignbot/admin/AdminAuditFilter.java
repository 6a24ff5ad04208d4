package org.campaignbot.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every administrator request, allowed or refused, to the audit log ({@code logs/audit.log}, logger
 * {@code audit}): when, from where, what, the outcome and, once signed in, who. A filter rather than the
 * interceptor, so that it also sees requests that end in an error and the final status code. Changes (anything but
 * GET and HEAD) made by a signed-in user also go to the 操作记录 ({@link ActionLog}). Registered for its paths by
 * {@link AdminAuditConfig}.
 */
public class AdminAuditFilter extends OncePerRequestFilter {
    private static final Logger audit = LoggerFactory.getLogger("audit");
    private final ActionLog actions;

    public AdminAuditFilter(ActionLog actions) {
        this.actions = actions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            String outcome = status == 401 || status == 403 || status == 429 ? ActionLog.REFUSED
                    : status >= 400 ? ActionLog.FAILED : ActionLog.SUCCESS;
            Object user = request.getAttribute(ActionLog.USER_ATTRIBUTE);
            audit.info("管理操作 {} {}{} 来自 {} 结果 {}（{}）用时 {} ms{}", request.getMethod(), request.getRequestURI(), query,
                    request.getRemoteAddr(), outcome, status, (System.nanoTime() - started) / 1_000_000,
                    user == null ? "" : " 用户 " + user);
            if (user != null && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                actions.record(user.toString(), request.getRemoteAddr(), "接口调用",
                        request.getMethod() + " " + request.getRequestURI() + "（" + status + "）", outcome);
            }
        }
    }
}
