package org.campaignbot.operations;

import org.campaignbot.admin.AdminAuth;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Guards the metrics endpoint; the scheduler pool itself is sized by spring.task.scheduling.pool.size. */
@Configuration
public class OperationsConfig {

    @Bean
    FilterRegistrationBean<MetricsAccessFilter> metricsAccess(AdminAuth auth) {
        var registration = new FilterRegistrationBean<>(new MetricsAccessFilter(auth));
        registration.addUrlPatterns("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/*");
        return registration;
    }
}
