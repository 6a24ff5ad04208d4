package org.campaignbot.conversation.log;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.qa-log.*}: the 问答日志.
 *
 * @param enabled   keep every question with its reply (false: keep none; the console's 问答日志 stays empty)
 * @param retention questions older than this are deleted every night
 */
@ConfigurationProperties("bot.qa-log")
public record QaLogProperties(@DefaultValue("true") boolean enabled, @DefaultValue("180d") Duration retention) {

    public QaLogProperties {
        if (retention.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("bot.qa-log.retention 至少 1 天（例如 180d），当前为 " + retention);
        }
    }
}
