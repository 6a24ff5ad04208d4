package org.campaignbot.channel;

import java.time.Duration;
import org.campaignbot.outbox.Outbox;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * /actuator/health "outbox": how many pushes wait and for how long. A push due for more than half an hour means a
 * platform refuses or is unreachable: WARN, not DOWN, since questions are still answered.
 */
@Component("outboxHealthIndicator") // shown as "outbox": Spring strips the suffix; "outbox" is taken by Outbox
public class OutboxHealth implements HealthIndicator {
    static final Duration LATE = Duration.ofMinutes(30);
    private static final Status WARN = new Status("WARN", "有消息超过 30 分钟未能发出");
    private final OutboxMetrics metrics;

    public OutboxHealth(OutboxMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Health health() {
        OutboxMetrics.Backlog backlog = metrics.backlog();
        Health.Builder health = backlog.oldestWait().compareTo(LATE) > 0 ? Health.status(WARN) : Health.up();
        return health.withDetail("waiting", backlog.waiting())
                .withDetail("oldestWaitSeconds", backlog.oldestWait().toSeconds()).build();
    }
}
