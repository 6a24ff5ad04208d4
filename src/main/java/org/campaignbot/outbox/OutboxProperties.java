package org.campaignbot.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.outbox.*}: how pushes are taken from the outbox table.
 *
 * @param pollInterval how often due rows are looked for
 * @param lease        how long a claimed row belongs to the instance that claimed it; if that instance dies, another
 *                     one sends the row once the lease has run out
 * @param claimBatch   rows claimed at once; the instance sends them one after another
 */
@ConfigurationProperties("bot.outbox")
public record OutboxProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("20") int claimBatch) {

    public OutboxProperties {
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("bot.outbox.lease 至少 1 秒（推送一条消息可能要几秒），当前为 " + lease);
        }
        if (claimBatch < 1 || claimBatch > 1000) {
            throw new IllegalArgumentException("bot.outbox.claim-batch 应在 1 到 1000 之间，当前为 " + claimBatch);
        }
    }
}
