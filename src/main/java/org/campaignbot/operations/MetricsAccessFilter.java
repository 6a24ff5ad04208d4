package org.campaignbot.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.campaignbot.admin.AdminAuth;
import org.campaignbot.admin.AdminAuthException;
import org.campaignbot.common.LocalRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /actuator/prometheus tells how busy the service is and which platform fails: a Prometheus on this machine may
 * read it freely, anyone else needs the administrator's password. A servlet filter, because actuator endpoints are
 * not served through the MVC handler mapping that the admin interceptor guards.
 */
public class MetricsAccessFilter extends OncePerRequestFilter {
    private final AdminAuth auth;

    public MetricsAccessFilter(AdminAuth auth) {
        this.auth = auth;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (LocalRequest.isLocal(request)) { // loopback and not proxied: see LocalRequest
            chain.doFilter(request, response);
            return;
        }
        try {
            auth.require(request);
        } catch (AdminAuthException e) {
            response.setStatus(e.status());
            if (e.status() == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"campaign-bot admin\", charset=\"UTF-8\"");
            }
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("监控数据只对本机或管理员开放：" + e.getMessage()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
