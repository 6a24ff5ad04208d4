package org.campaignbot.channel.wecom;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Answers WeCom questions off the request thread, so a callback can wait a bounded time for the answer and, if it
 * is slow (an LLM), acknowledge WeCom at once and deliver later. A failing answer becomes an apology, never silence.
 * A question that never reached the core (queue full, shutting down) fails with {@link NotAnswered} instead, so the
 * caller can release its dedupe record and let WeCom's retry in.
 */
@Component
@Conditional(WeComConditions.AnyCallback.class)
class WeComAnswerer implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(WeComAnswerer.class);
    static final String SORRY = "抱歉，回答这个问题时出了点问题，请稍后再问一次。";

    /** The core was never asked: nothing was answered, so the message may be taken again. */
    static final class NotAnswered extends RuntimeException {
        NotAnswered(String message) {
            super(message, null, false, false);
        }
    }

    /** One question in the queue, kept so that shutdown can fail the ones that never ran. */
    private final class Task implements Runnable {
        final IncomingMessage message;
        final CompletableFuture<Reply> result = new CompletableFuture<>();

        Task(IncomingMessage message) {
            this.message = message;
        }

        @Override
        public void run() {
            try {
                result.complete(conversation.handle(message));
            } catch (RuntimeException e) {
                log.error("回答企业微信消息失败", e);
                result.complete(Reply.text(SORRY));
            } finally {
                result.complete(Reply.text(SORRY)); // an Error: the core ran, so the asker still hears back
            }
        }
    }

    private final ConversationService conversation;
    private final Duration drain;
    final ThreadPoolExecutor pool; // package-private: tests fill it to provoke a rejection

    @Autowired
    WeComAnswerer(ConversationService conversation) {
        this(conversation, 16, 2000, Duration.ofSeconds(5));
    }

    /** @param drain how long shutdown lets queued questions finish before failing the rest with NotAnswered */
    WeComAnswerer(ConversationService conversation, int threads, int queue, Duration drain) {
        this.conversation = conversation;
        this.drain = drain;
        AtomicInteger n = new AtomicInteger();
        // Bounded queue: under a flood, callbacks fail fast (503, WeCom retries) instead of queueing without end.
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "wecom-answer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues the question. @throws java.util.concurrent.RejectedExecutionException when the queue is full or the
     * service is stopping; the core has then not seen the question.
     */
    CompletableFuture<Reply> answer(IncomingMessage message) {
        Task task = new Task(message);
        pool.execute(task);
        return task.result;
    }

    /** On the caller's thread, for replies that are known to be instant (the welcome text). */
    Reply answerNow(IncomingMessage message) {
        return conversation.handle(message);
    }

    /**
     * Lets queued questions finish for a moment (their answers go to the outbox), then fails those that never
     * started with {@link NotAnswered}: their callers release the dedupe record rather than leave them swallowed.
     */
    @Override
    public void destroy() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
            for (Runnable r : pool.shutdownNow()) {
                if (r instanceof Task task) {
                    task.result.completeExceptionally(new NotAnswered("服务停止时问题仍在排队，未作答"));
                }
            }
        }
    }
}
