package org.campaignbot.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.campaignbot.common.ErrorBody;
import org.campaignbot.common.LocalRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The local chat page and its APIs answer anyone who can reach them, with no login: by default only this machine
 * may use them, as {@link LocalRequest} defines it (loopback address, no proxy headers, a local Host). Platform
 * callbacks are not covered (they have their own signatures).
 */
@Configuration
public class LoopbackGuard implements HandlerInterceptor, WebMvcConfigurer {
    private final WebProperties props;

    public LoopbackGuard(WebProperties props) {
        this.props = props;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // /api/admin/** has its own guard: the administrator's password (AdminAuthInterceptor)
        registry.addInterceptor(this).addPathPatterns("/", "/index.html", "/api/chat", "/api/search");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (props.open() || LocalRequest.isLocal(request)) {
            return true;
        }
        ErrorBody.write(response, HttpServletResponse.SC_FORBIDDEN,
                "仅允许本机直接访问（经过反向代理或使用其他域名访问的请求不算本机）；如需开放请设置 bot.web.open=true");
        return false;
    }
}
