package org.campaignbot.channel.wecom;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} → {@code components.wecom}: which parts are configured and any configuration problem
 * seen while sending. Status stays UP (the service answers questions either way); problems are in the details.
 * No secret, key or token appears here.
 */
@Component("wecomHealthIndicator")
@Conditional(WeComConditions.Enabled.class)
class WeComHealthIndicator implements HealthIndicator {
    private final WeComProperties properties;
    private final WeComProblems problems;

    WeComHealthIndicator(WeComProperties properties, WeComProblems problems) {
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public Health health() {
        List<String> parts = new ArrayList<>();
        if (properties.appCallbackEnabled()) {
            parts.add("自建应用回调 /wecom/callback");
        }
        if (properties.appSendEnabled()) {
            parts.add("应用消息 message/send");
        }
        if (properties.aibot().enabled()) {
            parts.add("智能机器人回调 /wecom/aibot/callback");
        }
        return Health.up()
                .withDetail("configured", parts)
                .withDetail("robots", properties.robots().keySet().stream().sorted().toList())
                .withDetail("problems", problems.snapshot())
                .build();
    }
}
