package org.campaignbot.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** Guards every {@code /api/admin/**} request (registered by {@link AdminWebConfig}) with {@link AdminAuth}. */
@Component
public class AdminAuthInterceptor implements HandlerInterceptor {
    private final AdminAuth auth;

    public AdminAuthInterceptor(AdminAuth auth) {
        this.auth = auth;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        try {
            auth.require(request);
            return true;
        } catch (AdminAuthException e) {
            AdminErrors.write(response, e);
            return false;
        }
    }
}
