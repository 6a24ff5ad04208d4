package org.campaignbot.channel.dingtalk;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.channel.DeliveryException;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.channel.OutboundTarget;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.conversation.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every incoming robot message takes, from the HTTP callback and from Stream mode alike: dedupe,
 * then — in the background, so DingTalk gets its acknowledgement at once — ask the conversation core and deliver the
 * answer to the message's sessionWebhook. Busy errors are retried with backoff and the per-group rate limit delays
 * an answer rather than dropping it, both only while the webhook is still valid.
 */
public class DingTalkReplyPipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DingTalkReplyPipeline.class);
    static final int MAX_ATTEMPTS = 4;
    static final String SORRY = "抱歉，回答这个问题时出了点问题，请稍后再试。";

    private final ConversationService conversation;
    private final MessageDeduplicator deduplicator;
    private final SessionWebhookSender sender;
    private final SlidingWindowRateLimiter limiter;
    private final ScheduledThreadPoolExecutor executor;

    public DingTalkReplyPipeline(ConversationService conversation, MessageDeduplicator deduplicator,
                                 SessionWebhookSender sender, SlidingWindowRateLimiter limiter, int threads) {
        this.conversation = conversation;
        this.deduplicator = deduplicator;
        this.sender = sender;
        this.limiter = limiter;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "dingtalk-reply-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Takes a message for answering. Returns false for a repeat (already answered or being answered).
     *
     * @throws BadRequestException when the sessionWebhook is not a DingTalk address
     */
    public boolean accept(DingTalkInbound message) {
        if (!sender.isAllowed(message.sessionWebhook())) {
            throw new BadRequestException("sessionWebhook 不是钉钉地址（应在 bot.dingtalk.oapi-base-url 之下），已拒绝");
        }
        if (!deduplicator.firstSeen("dingtalk:" + message.msgId())) {
            log.debug("钉钉消息 {} 重复送达，已忽略", message.msgId());
            return false;
        }
        try {
            executor.execute(() -> answer(message));
        } catch (RejectedExecutionException e) {
            log.warn("服务正在停止，钉钉消息 {} 未能作答", message.msgId());
        }
        return true;
    }

    private void answer(DingTalkInbound message) {
        Reply reply;
        try {
            reply = conversation.handle(message.toIncoming());
        } catch (RuntimeException e) { // the asker still hears back rather than waiting for nothing
            log.error("回答钉钉消息 {} 时出错", message.msgId(), e);
            reply = Reply.text(SORRY);
        }
        deliver(message, RobotMessage.reply(reply, message.group() ? message.staffId() : null), 1);
    }

    private void deliver(DingTalkInbound message, RobotMessage reply, int attempt) {
        // same key as pushes to this group (DingTalkChannel), so answers and pushes share the robot's budget
        Duration wait = limiter.tryAcquire(new OutboundTarget(DingTalkChannel.NAME, OutboundTarget.CHAT,
                message.conversationId()).key());
        if (!wait.isZero()) {
            later(message, reply, attempt, wait);
            return;
        }
        try {
            sender.send(message, reply);
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
            executor.schedule(() -> deliver(message, reply, attempt), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("服务正在停止，钉钉消息 {} 的回答未能送达", message.msgId());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
