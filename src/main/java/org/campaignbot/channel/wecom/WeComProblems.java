package org.campaignbot.channel.wecom;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Configuration problems found while sending (wrong robot key 93000, wrong secret, untrusted IP …), by source
 * ("应用消息", "群机器人 office"). Each is logged once when it appears and once when it is gone, not on every
 * retry, and shown in {@code /actuator/health} until fixed.
 */
@Component
@Conditional(WeComConditions.Enabled.class)
class WeComProblems {
    private static final Logger log = LoggerFactory.getLogger(WeComProblems.class);
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    void report(String source, String problem) {
        if (!problem.equals(problems.put(source, problem))) {
            log.error("企业微信「{}」配置有误：{}。修正设置后自动恢复，期间消息保留在发件箱中。", source, problem);
        }
    }

    void clear(String source) {
        if (problems.remove(source) != null) {
            log.info("企业微信「{}」已恢复正常", source);
        }
    }

    Map<String, String> snapshot() {
        return new TreeMap<>(problems);
    }
}
