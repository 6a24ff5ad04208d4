package org.campaignbot.channel.dingtalk;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.campaignbot.channel.DeliveryException;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.channel.inbound.Inbound;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.channel.inbound.InboundTransport;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.TargetKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk's side of the inbound pipeline, for the HTTP callback and Stream mode alike: checks that the
 * sessionWebhook is DingTalk's, hands the message to the {@link InboundPipeline} (dedupe, inbox, answer queue) and
 * delivers the answer to the sessionWebhook. What stays here is DingTalk's: busy errors are retried with backoff and
 * the per-group rate limit delays an answer rather than dropping it, both only while the webhook is still valid.
 *
 * <p>A message the pipeline cannot take (queue full, stopping) is refused as {@link Unavailable}: HTTP 503, Stream
 * unacknowledged, and DingTalk delivers it again.
 */
public class DingTalkReplyPipeline implements InboundTransport, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DingTalkReplyPipeline.class);
    static final int MAX_ATTEMPTS = 4;
    static final String TRANSPORT = "dingtalk";
    /** sessionWebhookExpiredTime is about 90 minutes after the message; used when DingTalk did not say (§4). */
    static final Duration WEBHOOK_LIFETIME = Duration.ofMinutes(90);

    private final InboundPipeline answers;
    private final boolean ownsAnswers;
    private final SessionWebhookSender sender;
    private final SlidingWindowRateLimiter limiter;
    private final JsonMapper json;
    private final Clock clock;
    /** The pipeline's answer threads; package-private: tests occupy them to hold messages in the queue. */
    final ThreadPoolExecutor executor;
    /** Deliveries waiting for a rate-limit slot or a retry: DingTalk's own, not the answer queue's. */
    private final ScheduledThreadPoolExecutor retries;

    /** Stopping, or too much waiting already: the message was not taken, and DingTalk should deliver it again. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param ownsAnswers close {@code answers} with this (a pipeline built for it alone, in tests); the shared one is
     *                    closed by Spring
     */
    public DingTalkReplyPipeline(InboundPipeline answers, boolean ownsAnswers, SessionWebhookSender sender,
                                 SlidingWindowRateLimiter limiter, JsonMapper json, Clock clock) {
        this.answers = answers;
        this.ownsAnswers = ownsAnswers;
        this.executor = answers.pool;
        this.sender = sender;
        this.limiter = limiter;
        this.json = json;
        this.clock = clock;
        this.retries = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "dingtalk-delivery");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Takes a message for answering. Returns false for a repeat (already answered or being answered).
     *
     * @throws BadRequestException when the sessionWebhook is not a DingTalk address
     * @throws Unavailable when the service is stopping or the queue is full; the message is not marked as seen
     */
    public boolean accept(DingTalkInbound message) {
        if (!sender.isAllowed(message.sessionWebhook())) {
            throw new BadRequestException("sessionWebhook 不是钉钉地址（应在 bot.dingtalk.oapi-base-url 之下），已拒绝");
        }
        String key = key(message.msgId());
        Optional<CompletableFuture<Reply>> taken;
        try {
            taken = answers.accept(new Inbound(key, TRANSPORT, message.toIncoming(), json.writeValueAsString(message),
                    clock.millis()));
        } catch (InboundPipeline.Busy e) {
            throw new Unavailable(e.getMessage());
        }
        if (taken.isEmpty()) {
            log.debug("钉钉消息 {} 重复送达，已忽略", message.msgId());
            return false;
        }
        taken.get().thenAccept(reply -> {
            deliver(message, RobotMessage.reply(reply, message.group() ? message.staffId() : null), 1);
            answers.answered(key);
        }); // failed only with NotAnswered: the pipeline released it for DingTalk's redelivery
        return true;
    }

    private static String key(String msgId) {
        return "dingtalk:" + msgId;
    }

    @Override
    public String name() {
        return TRANSPORT;
    }

    /** Until the message's sessionWebhook expires. */
    @Override
    public Duration replyWindow(Inbound in) {
        long expiresAt = route(in).sessionWebhookExpiresAt();
        return expiresAt > 0 ? Duration.ofMillis(Math.max(0, expiresAt - in.receivedAt())) : WEBHOOK_LIFETIME;
    }

    @Override
    public void deliverLate(Inbound in, Reply reply) {
        DingTalkInbound message = route(in);
        deliver(message, RobotMessage.reply(reply, message.group() ? message.staffId() : null), 1);
    }

    private DingTalkInbound route(Inbound in) {
        return json.readValue(in.route(), DingTalkInbound.class);
    }

    private void deliver(DingTalkInbound message, RobotMessage reply, int attempt) {
        // same key as pushes to this group (DingTalkChannel), so answers and pushes share the robot's budget
        Duration wait = limiter.tryAcquire(new OutboundTarget(DingTalkChannel.NAME, TargetKind.CHAT,
                message.conversationId()).key());
        if (!wait.isZero()) {
            later(message, reply, attempt, wait);
            return;
        }
        try {
            sender.send(message, reply);
        } catch (RuntimeException e) { // a bug, not DingTalk: say so rather than lose it silently in the executor
            log.error("发送钉钉消息 {} 的回答时出错", message.msgId(), e);
        } catch (DeliveryException e) {
            if (e.kind() == DeliveryException.Kind.TRANSIENT && attempt < MAX_ATTEMPTS) {
                later(message, reply, attempt + 1, Duration.ofSeconds(1L << (attempt - 1)));
            } else {
                log.warn("钉钉消息 {} 的回答未能送达（第 {} 次）：{}", message.msgId(), attempt, e.getMessage());
            }
        }
    }

    private void later(DingTalkInbound message, RobotMessage reply, int attempt, Duration wait) {
        if (sender.expired(message)) {
            log.warn("钉钉消息 {} 的 sessionWebhook 已过期，回答未能送达", message.msgId());
            return;
        }
        try {
            retries.schedule(() -> deliver(message, reply, attempt), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("服务正在停止，钉钉消息 {} 的回答未能送达", message.msgId());
        }
    }

    /**
     * Stops the deliveries waiting for a slot or a retry, after a moment for the pending ones; answers produced but
     * not yet delivered are lost with a warning (the inbox already counts them answered; answering again could
     * answer twice).
     */
    @Override
    public void close() {
        if (ownsAnswers) {
            try {
                answers.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        retries.shutdown();
        try {
            retries.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int dropped = retries.shutdownNow().size();
        if (dropped > 0) {
            log.warn("服务停止时仍有 {} 条钉钉回答未发出", dropped);
        }
    }
}
