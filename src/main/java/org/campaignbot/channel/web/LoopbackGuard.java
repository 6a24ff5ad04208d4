package org.campaignbot.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The local chat page and its APIs answer anyone who can reach them, with no login: by default only this machine
 * may use them. Platform callbacks are not covered (they have their own signatures).
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
        if (props.open() || isLoopback(request.getRemoteAddr())) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(
                "{\"error\":\"仅允许本机访问；如需开放请设置 bot.web.open=true\"}".getBytes(StandardCharsets.UTF_8));
        return false;
    }

    public static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
