package org.campaignbot.channel.dingtalk;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.channel.DeliveryException;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.channel.SlidingWindowRateLimiter;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.TargetKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every incoming robot message takes, from the HTTP callback and from Stream mode alike: dedupe,
 * then — in the background, so DingTalk gets its acknowledgement at once — ask the conversation core and deliver the
 * answer to the message's sessionWebhook. Busy errors are retried with backoff and the per-group rate limit delays
 * an answer rather than dropping it, both only while the webhook is still valid.
 *
 * <p>A message that was taken but never reached the core (stopping, queue rejected) has its dedupe record released,
 * so DingTalk's redelivery is answered instead of ignored. Once the core has run, the record stays: a redelivery
 * must not produce a second answer.
 */
public class DingTalkReplyPipeline implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DingTalkReplyPipeline.class);
    static final int MAX_ATTEMPTS = 4;
    static final String SORRY = "抱歉，回答这个问题时出了点问题，请稍后再试。";

    private final ConversationService conversation;
    private final MessageDeduplicator deduplicator;
    private final SessionWebhookSender sender;
    private final SlidingWindowRateLimiter limiter;
    final ScheduledThreadPoolExecutor executor; // package-private: tests occupy it to hold messages in the queue
    /** msgIds taken but not yet started; whoever removes an id first (answer or shutdown) decides its fate */
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final Duration drain;
    private final int maxQueued;

    /** Stopping, or too much waiting already: the message was not taken, and DingTalk should deliver it again. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    public DingTalkReplyPipeline(ConversationService conversation, MessageDeduplicator deduplicator,
                                 SessionWebhookSender sender, SlidingWindowRateLimiter limiter, int threads) {
        this(conversation, deduplicator, sender, limiter, threads, Duration.ofSeconds(5));
    }

    /** @param drain how long {@link #close} lets queued answers finish before releasing the messages never started */
    public DingTalkReplyPipeline(ConversationService conversation, MessageDeduplicator deduplicator,
                                 SessionWebhookSender sender, SlidingWindowRateLimiter limiter, int threads,
                                 Duration drain) {
        this(conversation, deduplicator, sender, limiter, threads, drain, 2000);
    }

    /**
     * @param maxQueued answers and deliveries that may wait at once ({@code bot.dingtalk.reply-queue}); past that a
     *                  message is refused as {@link Unavailable} (HTTP 503, Stream unacknowledged) and DingTalk
     *                  delivers it again later, instead of the queue growing without bound under a flood
     */
    public DingTalkReplyPipeline(ConversationService conversation, MessageDeduplicator deduplicator,
                                 SessionWebhookSender sender, SlidingWindowRateLimiter limiter, int threads,
                                 Duration drain, int maxQueued) {
        this.maxQueued = maxQueued;
        this.drain = drain;
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
     * @throws Unavailable when the service is stopping or the queue is full; the message is not marked as seen
     */
    public boolean accept(DingTalkInbound message) {
        if (!sender.isAllowed(message.sessionWebhook())) {
            throw new BadRequestException("sessionWebhook 不是钉钉地址（应在 bot.dingtalk.oapi-base-url 之下），已拒绝");
        }
        if (executor.getQueue().size() >= maxQueued) {
            log.warn("钉钉消息 {} 未受理：待回答的消息已达上限 {}（bot.dingtalk.reply-queue），钉钉将稍后重发", message.msgId(), maxQueued);
            throw new Unavailable("待回答的消息太多，请稍后重发");
        }
        String key = key(message.msgId());
        if (!deduplicator.firstSeen(key)) {
            log.debug("钉钉消息 {} 重复送达，已忽略", message.msgId());
            return false;
        }
        waiting.add(message.msgId());
        try {
            executor.execute(() -> answer(message));
        } catch (RuntimeException e) { // rejected: stopping
            waiting.remove(message.msgId());
            release(message.msgId());
            throw new Unavailable("服务正在停止，钉钉消息未作答，请稍后重发");
        }
        return true;
    }

    private static String key(String msgId) {
        return "dingtalk:" + msgId;
    }

    /** Forgets that the message was seen, so its redelivery is answered; only for messages the core never saw. */
    private void release(String msgId) {
        log.warn("钉钉消息 {} 未能作答，已撤销去重记录，钉钉重发时将重新作答", msgId);
        try {
            deduplicator.forget(key(msgId));
        } catch (RuntimeException e) {
            log.error("撤销钉钉消息 {} 的去重记录失败，重发将被当作重复消息", msgId, e);
        }
    }

    private void answer(DingTalkInbound message) {
        if (!waiting.remove(message.msgId())) {
            return; // shutdown released it first: the redelivery will answer
        }
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
            executor.schedule(() -> deliver(message, reply, attempt), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("服务正在停止，钉钉消息 {} 的回答未能送达", message.msgId());
        }
    }

    /**
     * Lets queued answers and deliveries finish for a moment, then stops. Messages still waiting for the core are
     * released so a redelivery (Stream redelivers unacknowledged or failed frames) is answered. Answers already
     * produced but not yet delivered are lost with a warning: releasing those could answer twice.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int dropped = executor.shutdownNow().size();
        for (String msgId : waiting) {
            if (waiting.remove(msgId)) {
                release(msgId);
            }
        }
        if (dropped > 0) {
            log.warn("服务停止时仍有 {} 项钉钉回答或发送未完成", dropped);
        }
    }
}
