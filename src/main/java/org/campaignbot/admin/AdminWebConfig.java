package org.campaignbot.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every endpoint under /api/admin/ (supervision, quiz review, reindex …) needs the administrator's credentials. */
@Configuration
public class AdminWebConfig implements WebMvcConfigurer {
    private final AdminAuthInterceptor interceptor;

    public AdminWebConfig(AdminAuthInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/api/admin/**");
    }
}
