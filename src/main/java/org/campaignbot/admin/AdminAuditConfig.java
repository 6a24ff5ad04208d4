package org.campaignbot.admin;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log covers the admin API. (Not the metrics endpoint: a Prometheus scraping it every 15 s would drown the actions.) */
@Configuration
public class AdminAuditConfig {

    @Bean
    FilterRegistrationBean<AdminAuditFilter> adminAudit() {
        var registration = new FilterRegistrationBean<>(new AdminAuditFilter());
        registration.addUrlPatterns("/api/admin/*");
        return registration;
    }
}
