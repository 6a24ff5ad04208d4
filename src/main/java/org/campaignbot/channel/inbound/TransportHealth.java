package org.campaignbot.channel.inbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * One platform's report in {@code /actuator/health}, the same shape for every platform: what is configured, the
 * configuration problems found while talking to it (a wrong robot key, a refused secret, the clock off), by part.
 * A long connection adds its liveness ({@link ConnectionHealth}). A problem is logged once when it appears and once
 * when it is gone, not on every retry. Status stays UP for problems (the service still answers elsewhere, and one
 * misconfigured robot must not take it out of a load balancer). No secret, key or token appears here.
 */
public abstract class TransportHealth implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(TransportHealth.class);
    private final String platform;
    private final String problemLog;
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    /** @param platform the platform's Chinese name, for the log ("企业微信", "钉钉") */
    protected TransportHealth(String platform) {
        this(platform, platform + "配置问题 [{}]：{}");
    }

    /**
     * @param problemLog the log line for a new problem, with the part and the problem as its two {@code {}}: the
     *                   wording operators already search their logs for
     */
    protected TransportHealth(String platform, String problemLog) {
        this.platform = platform;
        this.problemLog = problemLog;
    }

    /** Records a problem of a named part ("群机器人 office", "robots.office", "stream"); logs it only when it is new. */
    public void problem(String part, String message) {
        if (!message.equals(problems.put(part, message))) {
            log.error(problemLog, part, message);
        }
    }

    public void ok(String part) {
        if (problems.remove(part) != null) {
            log.info("{} [{}] 已恢复正常", platform, part);
        }
    }

    public Map<String, String> problems() {
        return new TreeMap<>(problems);
    }

    /** What this platform has switched on, in the order it should be shown. */
    protected abstract Map<String, Object> configured();

    /** Health's details: what is configured, then the problems. */
    protected Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>(configured());
        details.put("problems", problems());
        return details;
    }

    @Override
    public Health health() {
        return Health.up().withDetails(details()).build();
    }
}
