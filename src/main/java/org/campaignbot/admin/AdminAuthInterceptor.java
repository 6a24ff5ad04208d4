package org.campaignbot.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards every {@code /api/admin/**} request (registered by {@link AdminWebConfig}). Spring Security's chain for
 * that path signs the caller in first (the administrator or another configured account) and this lets such a request
 * through; anything that reaches a handler without a signed-in user, should the chain ever be changed, still has to
 * pass {@link AdminAuth}.
 */
@Component
public class AdminAuthInterceptor implements HandlerInterceptor {
    private final AdminAuth auth;

    public AdminAuthInterceptor(AdminAuth auth) {
        this.auth = auth;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (auth.enabled() && request.getUserPrincipal() != null) {
            return true;
        }
        try {
            auth.require(request);
            return true;
        } catch (AdminAuthException e) {
            AdminErrors.write(response, e);
            return false;
        }
    }
}
