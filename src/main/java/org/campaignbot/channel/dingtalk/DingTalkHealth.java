package org.campaignbot.channel.dingtalk;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Configuration problems found while talking to DingTalk (a robot's secret is wrong, the clock is off, the app
 * credentials are refused), shown under {@code dingtalk} in {@code /actuator/health}. A problem is logged once
 * when it appears, not on every retry, and disappears with the next success. Status stays UP: the service still
 * answers, and one misconfigured robot must not take it out of a load balancer.
 */
public class DingTalkHealth implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(DingTalkHealth.class);
    private final DingTalkProperties properties;
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    public DingTalkHealth(DingTalkProperties properties) {
        this.properties = properties;
    }

    /** Records a problem of a named part ("robots.office", "app", "stream"); logs it only when it is new. */
    public void problem(String part, String message) {
        String previous = problems.put(part, message);
        if (!message.equals(previous)) {
            log.error("钉钉配置问题 [{}]：{}", part, message);
        }
    }

    public void ok(String part) {
        if (problems.remove(part) != null) {
            log.info("钉钉 [{}] 已恢复正常", part);
        }
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("callback", properties.appConfigured()
                        ? (properties.stream().enabled() ? "stream" : "http /dingtalk/callback") : "off")
                .withDetail("robots", properties.robots().keySet())
                .withDetail("problems", new TreeMap<>(problems))
                .build();
    }
}
