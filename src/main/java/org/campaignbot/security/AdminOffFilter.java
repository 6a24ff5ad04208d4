package org.campaignbot.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campaignbot.admin.AdminAuthException;
import org.campaignbot.admin.AdminErrors;
import org.campaignbot.admin.AdminProperties;
import org.springframework.web.filter.OncePerRequestFilter;

/** While {@code bot.admin.password} is unset the console and the admin API are off: every request is a 403 saying so. */
class AdminOffFilter extends OncePerRequestFilter {
    static final String CONSOLE_OFF = "行动办工作台未启用：请设置管理员密码 bot.admin.password（环境变量 BOT_ADMIN_PASSWORD）后重启服务";
    private final AdminProperties properties;
    private final boolean json;

    AdminOffFilter(AdminProperties properties, boolean json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (properties.enabled()) {
            chain.doFilter(request, response);
        } else if (json) {
            AdminErrors.write(response, 403, AdminAuthException.DISABLED, null);
        } else if (request.getRequestURI().endsWith(".css")) {
            chain.doFilter(request, response); // the refusal page's own stylesheet
        } else {
            RefusalPages.write(response, 403, "工作台未启用", CONSOLE_OFF);
        }
    }
}
