package org.campaignbot.admin;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit log covers the admin API. (Not the metrics endpoint: a Prometheus scraping it every 15 s would drown the
 * actions.) It runs before Spring Security's filters, so that requests the login refuses are audited too; the console
 * ({@code /admin}) records its actions itself, in words, through {@link ActionLog}.
 */
@Configuration
public class AdminAuditConfig {

    @Bean
    FilterRegistrationBean<AdminAuditFilter> adminAudit(ActionLog actions) {
        var registration = new FilterRegistrationBean<>(new AdminAuditFilter(actions));
        registration.addUrlPatterns("/api/admin/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
