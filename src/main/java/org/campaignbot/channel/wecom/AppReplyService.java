package org.campaignbot.channel.wecom;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.campaignbot.channel.inbound.Apologies;
import org.campaignbot.channel.inbound.Inbound;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.channel.inbound.InboundTransport;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Service;

/**
 * Decides how a self-built-app message is answered. Within the reply window the answer goes back passively (its
 * first 2,048-byte part; further parts follow through message/send). A slower answer is acknowledged with an empty
 * reply and pushed through the outbox when ready, and so is an answer the inbox produces after a restart. A retry of
 * a message already seen never reaches the core again; it gets the stored passive reply, if there was one, so a lost
 * response is repaired.
 */
@Service
@Conditional(WeComConditions.AppCallback.class)
class AppReplyService implements InboundTransport {
    static final int MAX_BYTES = 2048;
    static final String NOT_TEXT = Apologies.NOT_TEXT;
    static final String TRANSPORT = "wecom-app";
    /**
     * message/send has no reply window of its own; an answer more than an hour late is more confusing than useful,
     * and an hour is what the robot's response_url allows, so both WeCom doors read the same.
     */
    static final Duration LATE_WINDOW = Duration.ofHours(1);

    private final InboundPipeline pipeline;
    private final WeComAnswerStore store;
    private final Outbox outbox;
    private final Unanswered unanswered;
    private final Clock clock;
    private final Duration window;

    AppReplyService(InboundPipeline pipeline, WeComAnswerStore store, Outbox outbox, Unanswered unanswered,
                    Clock clock, WeComProperties properties) {
        this.pipeline = pipeline;
        this.unanswered = unanswered;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.window = properties.replyWindow();
    }

    /** The text to reply passively, or empty for "acknowledge only". */
    Optional<String> handle(AppMessage message) {
        String key = message.dedupeKey();
        if (message.isEvent() || !message.isText()) {
            return notAQuestion(message, key);
        }
        Optional<CompletableFuture<Reply>> taken = pipeline.accept(
                new Inbound(key, TRANSPORT, message.toIncoming(), null, clock.millis()));
        if (taken.isEmpty()) {
            return replay(key);
        }
        CompletableFuture<Reply> answer = taken.get();
        try {
            if (!store.start(key, null, null, null)) { // a replay older than the dedupe window: its answer row decides
                pipeline.answered(key);
                return replay(key);
            }
        } catch (RuntimeException e) { // database trouble: nothing will deliver the answer, let WeCom's retry in
            unanswered.release(key, null, e);
            throw e;
        }
        try {
            List<String> parts = parts(answer.get(window.toMillis(), TimeUnit.MILLISECONDS));
            store.move(key, WeComAnswerStore.PENDING, WeComAnswerStore.PASSIVE, parts.get(0));
            push(message.fromUser(), key, parts, 1);
            pipeline.answered(key);
            return Optional.of(parts.get(0));
        } catch (TimeoutException e) {
            return later(message, key, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the answer still comes: deliver it like a slow one
            return later(message, key, answer);
        } catch (ExecutionException e) { // NotAnswered: stopped while queued (the pipeline apologises for the rest)
            unanswered.release(key, WeComAnswerStore.PENDING, e.getCause());
            throw new IllegalStateException("not answered", e.getCause());
        }
    }

    /** Events (entering the app, menu clicks) are only recorded; pictures and voice get the text-only hint. */
    private Optional<String> notAQuestion(AppMessage message, String key) {
        if (!pipeline.firstSeen(key)) {
            return replay(key);
        }
        if (message.isEvent()) {
            return Optional.empty();
        }
        if (!store.start(key, null, null, null)) {
            return replay(key);
        }
        store.move(key, WeComAnswerStore.PENDING, WeComAnswerStore.PASSIVE, NOT_TEXT);
        return Optional.of(NOT_TEXT);
    }

    /** Acknowledge now; the answer goes through the outbox when ready, or the message is released if it never runs. */
    private Optional<String> later(AppMessage message, String key, CompletableFuture<Reply> answer) {
        store.move(key, WeComAnswerStore.PENDING, WeComAnswerStore.PUSHED, null);
        answer.thenAccept(reply -> {
            push(message.fromUser(), key, parts(reply), 0);
            pipeline.answered(key);
        }).exceptionally(failure ->
                unanswered.afterFailure(key, WeComAnswerStore.PUSHED, failure, "企业微信答复未能放入发件箱"));
        return Optional.empty();
    }

    @Override
    public String name() {
        return TRANSPORT;
    }

    @Override
    public Duration replyWindow(Inbound message) {
        return LATE_WINDOW;
    }

    /** After a restart the request is long gone: the whole answer goes through the outbox. */
    @Override
    public void deliverLate(Inbound message, Reply reply) {
        store.move(message.key(), WeComAnswerStore.PENDING, WeComAnswerStore.PUSHED, null); // a retry now just acks
        push(message.message().userId(), message.key(), parts(reply), 0);
    }

    /** A repeat gets the passive reply the first delivery got, if it got one; else just an acknowledgement. */
    private Optional<String> replay(String key) {
        return store.find(key).filter(row -> WeComAnswerStore.PASSIVE.equals(row.status())).map(row -> row.reply());
    }

    private static List<String> parts(Reply reply) {
        return Utf8Splitter.split(ReplyRenderer.render(reply), MAX_BYTES);
    }

    /** Through the outbox, one row per part, keyed by message and part, so nothing is sent twice or lost. */
    private void push(String user, String key, List<String> parts, int from) {
        for (int i = from; i < parts.size(); i++) {
            outbox.enqueue("wecom:answer:" + key + ":" + i, OutboundTarget.user("wecom", user.strip()),
                    OutboundMessage.text(parts.get(i)));
        }
    }
}
