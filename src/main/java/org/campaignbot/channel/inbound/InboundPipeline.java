package org.campaignbot.channel.inbound;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one path every chat question takes, whatever door it came in by: dedupe, the durable inbox, one bounded answer
 * queue in front of the core, and the apology when the core fails. A transport hands over an {@link Inbound},
 * acknowledges the platform only after {@link #accept} returned (the question is stored by then), delivers the
 * answer in its own format and reports {@link #answered}. A question accepted and never answered — the process
 * stopped or died in between — is answered later by {@link InboxSweeper} on this or another instance.
 *
 * <p>When the queue is full a question is not taken: {@link Busy} is thrown, nothing is stored and the dedupe record
 * is released, so a platform that redelivers (HTTP callbacks, DingTalk Stream) delivers it again, and a door that
 * cannot (the long connection, the web chat) tells the asker {@link Apologies#BUSY}.
 */
@Component
public class InboundPipeline implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);

    /** Not taken (queue full, stopping): nothing was stored, and the platform may deliver the question again. */
    public static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message, null, false, false);
        }
    }

    /** Queued when the service stopped: the core never saw it; it was released for a redelivery or a later sweep. */
    public static final class NotAnswered extends RuntimeException {
        NotAnswered(String message) {
            super(message, null, false, false);
        }
    }

    /** One question in the queue, kept so that shutdown can release the ones that never ran. */
    private final class Task implements Runnable {
        final IncomingMessage message;
        final String key; // null for a question outside the inbox (web chat)
        final CompletableFuture<Reply> result = new CompletableFuture<>();

        Task(IncomingMessage message, String key) {
            this.message = message;
            this.key = key;
        }

        @Override
        public void run() {
            try {
                result.complete(conversation.handle(message));
            } catch (RuntimeException e) {
                log.error("回答消息 {} 时出错", key, e);
                result.complete(Reply.text(Apologies.SORRY));
            } finally {
                result.complete(Reply.text(Apologies.SORRY)); // an Error: the core ran, so the asker still hears back
            }
        }
    }

    private final ConversationService conversation;
    private final MessageDeduplicator dedupe;
    private final Inbox inbox;
    private final Clock clock;
    private final InboundProperties settings;
    public final ThreadPoolExecutor pool; // public: tests of every transport fill it to provoke a refusal

    @Autowired
    public InboundPipeline(ConversationService conversation, MessageDeduplicator dedupe, Inbox inbox, Clock clock,
                           InboundProperties settings) {
        this.conversation = conversation;
        this.dedupe = dedupe;
        this.inbox = inbox;
        this.clock = clock;
        this.settings = settings;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(settings.answerThreads(), settings.answerThreads(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(settings.answerQueue()), r -> {
                    Thread t = new Thread(r, "answer-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Dedupe alone, for what is recorded but not answered (events, a callback's signature). */
    public boolean firstSeen(String key) {
        return dedupe.firstSeen(key);
    }

    /**
     * Takes a question: marks it seen, stores it in the inbox and queues it for the core. Empty for a repeat (answered,
     * or being answered here or elsewhere). The future completes with the answer — an apology if the core failed — or
     * fails with {@link NotAnswered} if the service stopped first.
     *
     * @throws Busy when the queue is full or the service is stopping; the question was not taken
     */
    public Optional<CompletableFuture<Reply>> accept(Inbound in) {
        if (!dedupe.firstSeen(in.key())) {
            return Optional.empty();
        }
        long until = clock.millis() + settings.lease().toMillis();
        try {
            if (!inbox.store(in, until) && !inbox.retake(in.key(), until)) {
                return Optional.empty(); // a redelivery of a question a sweep is answering now
            }
        } catch (RuntimeException e) { // the database failed: not taken, let the platform try again
            forget(in.key());
            throw e;
        }
        try {
            return Optional.of(queue(in.message(), in.key()));
        } catch (Busy e) {
            inbox.remove(in.key());
            forget(in.key());
            throw e;
        }
    }

    /** The answer was handed to the platform's delivery path: the inbox will not answer this question again. */
    public void answered(String key) {
        try {
            inbox.done(key);
        } catch (RuntimeException e) { // worst case a sweep answers once more after the lease: say so
            log.error("记录消息 {} 已作答失败，重启后可能再答一次", key, e);
        }
    }

    /**
     * Gives back a question the core never saw because a transport's own step failed before answering: its dedupe
     * record goes and the inbox lets it go, so the redelivery, or a sweep after the grace, answers it.
     */
    public void release(String key, Throwable why) {
        log.warn("消息 {} 未能作答（{}），已撤销去重记录，平台重发或稍后的补答将重新作答", key, why.toString());
        try {
            inbox.release(key, clock.millis() + settings.redeliveryGrace().toMillis());
        } catch (RuntimeException e) {
            log.error("释放消息 {} 失败，租约到期后补答", key, e);
        }
        forget(key);
    }

    /** A question outside the inbox (the web chat: no id, no redelivery, the answer in the response). */
    public Reply ask(IncomingMessage message) throws InterruptedException {
        try {
            return queue(message, null).get();
        } catch (ExecutionException e) {
            throw new Busy("服务正在停止，请稍后再问");
        }
    }

    /** On the caller's thread, for replies known to be instant (a welcome text). */
    public Reply answerNow(IncomingMessage message) {
        return conversation.handle(message);
    }

    /** A question from the inbox, already claimed by the sweep; false when the queue cannot take it now. */
    boolean resume(Inbound in, InboundTransport transport) {
        CompletableFuture<Reply> answer;
        try {
            answer = queue(in.message(), in.key());
        } catch (Busy e) {
            inbox.release(in.key(), clock.millis());
            return false;
        }
        answer.thenAccept(reply -> {
            try {
                transport.deliverLate(in, reply);
                inbox.done(in.key());
                log.info("重启前未作答的消息 {}（{}）已补答", in.key(), transport.name());
            } catch (Exception e) { // the claim runs out after the lease, and the next sweep tries again
                log.warn("补答消息 {} 未能送达（{}），租约到期后重试", in.key(), e.toString());
            }
        });
        return true;
    }

    private CompletableFuture<Reply> queue(IncomingMessage message, String key) {
        Task task = new Task(message, key);
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            boolean stopping = pool.isShutdown();
            log.warn("消息 {} 未受理：{}", key, stopping ? "服务正在停止" : "待回答的问题已达上限 " + settings.answerQueue()
                    + "（bot.inbound.answer-queue）");
            throw new Busy(stopping ? "服务正在停止，请稍后重发" : "待回答的消息太多，请稍后重发");
        }
        return task.result;
    }

    private void forget(String key) {
        try {
            dedupe.forget(key);
        } catch (RuntimeException e) { // the database is what failed: the original failure is the one to report
            log.error("撤销消息 {} 的去重记录失败，重发将被当作重复消息", key, e);
        }
    }

    /**
     * Lets queued questions finish for a moment, then releases those that never started: the platform's redelivery,
     * or a sweep here or on another instance after the grace, answers them. Their futures fail with NotAnswered.
     */
    @Override
    public void destroy() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(settings.drain().toMillis(), TimeUnit.MILLISECONDS)) {
            for (Runnable r : pool.shutdownNow()) {
                if (r instanceof Task task) {
                    if (task.key != null) {
                        release(task.key, new NotAnswered("服务停止时仍在排队"));
                    }
                    task.result.completeExceptionally(new NotAnswered("服务停止时问题仍在排队，未作答"));
                }
            }
        }
    }
}
