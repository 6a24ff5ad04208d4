package org.campaignbot.admin;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log covers the admin API and the metrics endpoint, the two places only the administrator uses. */
@Configuration
public class AdminAuditConfig {

    @Bean
    FilterRegistrationBean<AdminAuditFilter> adminAudit() {
        var registration = new FilterRegistrationBean<>(new AdminAuditFilter());
        registration.addUrlPatterns("/api/admin/*", "/actuator/prometheus");
        return registration;
    }
}
