package org.campaignbot.channel.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.inbound.*}: the one answer queue and the durable inbox shared by every chat transport.
 *
 * @param answerThreads   questions answered at once (the core's work: retrieval, or waiting for an LLM)
 * @param answerQueue     questions that may wait for a thread; past that a question is refused (see
 *                        {@link InboundPipeline.Busy}) instead of the queue growing without end under a flood
 * @param drain           at shutdown, how long queued questions may still finish before the rest are released
 * @param lease           how long an instance holds a question it is answering; a question held by an instance that
 *                        died is answered by another (or the restarted one) after this. Above the slowest answer
 * @param redeliveryGrace a question released at shutdown waits this long for the platform's own redelivery before a
 *                        sweep answers it (WeCom retries after 5 s, DingTalk Stream redelivers unacknowledged frames)
 * @param sweepInterval   how often unanswered questions in the inbox are looked for
 */
@ConfigurationProperties("bot.inbound")
public record InboundProperties(
        @DefaultValue("16") int answerThreads,
        @DefaultValue("2000") int answerQueue,
        @DefaultValue("5s") Duration drain,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("10s") Duration redeliveryGrace,
        @DefaultValue("15s") Duration sweepInterval) {

    public InboundProperties {
        if (answerThreads < 1 || answerQueue < 1) {
            throw new IllegalArgumentException("bot.inbound.answer-threads 和 answer-queue 应至少为 1");
        }
        for (Duration d : new Duration[] {drain, lease, redeliveryGrace, sweepInterval}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("bot.inbound 下的时长不能为负数：" + d);
            }
        }
        if (sweepInterval.isZero() || lease.isZero()) {
            throw new IllegalArgumentException("bot.inbound.lease 和 sweep-interval 应大于 0");
        }
    }

    /**
     * The defaults, for tests and benchmarks that build a pipeline by hand: bound from nothing, so they are the
     * {@code @DefaultValue}s above and are written nowhere else.
     */
    public static InboundProperties defaults() {
        return new Binder().bindOrCreate("bot.inbound", InboundProperties.class);
    }

    public InboundProperties withPool(int threads, int queue, Duration drain) {
        return new InboundProperties(threads, queue, drain, lease, redeliveryGrace, sweepInterval);
    }

    public InboundProperties withInbox(Duration lease, Duration redeliveryGrace) {
        return new InboundProperties(answerThreads, answerQueue, drain, lease, redeliveryGrace, sweepInterval);
    }
}
