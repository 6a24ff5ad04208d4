package org.campaignbot.channel.wecom;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.conversation.IncomingMessage;
import org.campaignbot.conversation.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Answers WeCom questions off the request thread, so a callback can wait a bounded time for the answer and, if it
 * is slow (an LLM), acknowledge WeCom at once and deliver later. A failing answer becomes an apology, never silence.
 */
@Component
@Conditional(WeComConditions.AnyCallback.class)
class WeComAnswerer implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(WeComAnswerer.class);
    static final String SORRY = "抱歉，回答这个问题时出了点问题，请稍后再问一次。";

    private final ConversationService conversation;
    private final ExecutorService pool;

    WeComAnswerer(ConversationService conversation) {
        this.conversation = conversation;
        AtomicInteger n = new AtomicInteger();
        // Bounded queue: under a flood, callbacks fail fast (503, WeCom retries) instead of queueing without end.
        this.pool = new ThreadPoolExecutor(16, 16, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(2000), r -> {
            Thread t = new Thread(r, "wecom-answer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    CompletableFuture<Reply> answer(IncomingMessage message) {
        return CompletableFuture.supplyAsync(() -> conversation.handle(message), pool)
                .exceptionally(e -> {
                    log.error("回答企业微信消息失败", e);
                    return Reply.text(SORRY);
                });
    }

    /** On the caller's thread, for replies that are known to be instant (the welcome text). */
    Reply answerNow(IncomingMessage message) {
        return conversation.handle(message);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
