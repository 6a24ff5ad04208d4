package org.campaignbot.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.campaignbot.common.LocalRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/health} details name file paths, robots and platform error texts, so only this machine and the
 * administrator see them. The actuator shows details "when authorized" ({@code management.endpoint.health.show-details})
 * and, without Spring Security, counts a request as authorized when it has a principal: this filter gives one to
 * exactly those two kinds of request. Everyone else gets {@code {"status":"UP"}}, enough for a load balancer.
 */
@Component
public class HealthDetailsFilter extends OncePerRequestFilter {
    private final AdminAuth auth;

    public HealthDetailsFilter(AdminAuth auth) {
        this.auth = auth;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/actuator");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (LocalRequest.isLocal(request)) {
            chain.doFilter(trusted(request, "local"), response);
        } else if (auth.isAdmin(request)) {
            chain.doFilter(trusted(request, AdminAuth.USER), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static HttpServletRequest trusted(HttpServletRequest request, String name) {
        Principal principal = () -> name;
        return new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }
        };
    }
}
