package org.campaignbot.channel.wecom;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.message.Reply;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.campaignbot.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Service;

/**
 * Decides how a self-built-app message is answered. Within the reply window the answer goes back passively (its
 * first 2,048-byte part; further parts follow through message/send). A slower answer is acknowledged with an empty
 * reply and pushed through the outbox when ready. A retry of a message already seen never reaches the core again; it
 * gets the stored passive reply, if there was one, so a lost response is repaired.
 */
@Service
@Conditional(WeComConditions.AppCallback.class)
class AppReplyService {
    private static final Logger log = LoggerFactory.getLogger(AppReplyService.class);
    static final int MAX_BYTES = 2048;
    static final String NOT_TEXT = "目前只能回答文字问题，请直接输入您想问的内容。发送“帮助”查看我能做什么。";

    private final MessageDeduplicator dedupe;
    private final WeComAnswerStore store;
    private final WeComAnswerer answerer;
    private final Outbox outbox;
    private final Unanswered unanswered;
    private final Duration window;

    AppReplyService(MessageDeduplicator dedupe, WeComAnswerStore store, WeComAnswerer answerer, Outbox outbox,
                    Unanswered unanswered, WeComProperties properties) {
        this.unanswered = unanswered;
        this.dedupe = dedupe;
        this.store = store;
        this.answerer = answerer;
        this.outbox = outbox;
        this.window = properties.replyWindow();
    }

    /** The text to reply passively, or empty for "acknowledge only". */
    Optional<String> handle(AppMessage message) {
        String key = message.dedupeKey();
        if (!dedupe.firstSeen(key)) {
            return replay(key);
        }
        if (message.isEvent()) {
            return Optional.empty(); // entering the app, menu clicks: nothing to answer
        }
        CompletableFuture<Reply> answer;
        try {
            if (!store.start(key, null, null, null)) {
                return replay(key);
            }
            answer = message.isText()
                    ? answerer.answer(message.toIncoming())
                    : CompletableFuture.completedFuture(Reply.text(NOT_TEXT));
        } catch (RuntimeException e) { // queue full, stopping, database trouble: the core never saw it
            unanswered.release(key, WeComAnswerStore.PENDING, e);
            throw e; // 503: WeCom retries, and the retry is now answered
        }
        try {
            List<String> parts = parts(answer.get(window.toMillis(), TimeUnit.MILLISECONDS));
            store.move(key, WeComAnswerStore.PENDING, WeComAnswerStore.PASSIVE, parts.get(0));
            push(message, key, parts, 1);
            return Optional.of(parts.get(0));
        } catch (TimeoutException e) {
            return later(message, key, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the answer still comes: deliver it like a slow one
            return later(message, key, answer);
        } catch (ExecutionException e) {
            // NotAnswered: stopped while queued (the answerer turns every other failure into an apology)
            unanswered.release(key, WeComAnswerStore.PENDING, e.getCause());
            throw new IllegalStateException("not answered", e.getCause());
        }
    }

    /** Acknowledge now; the answer goes through the outbox when ready, or the message is released if it never runs. */
    private Optional<String> later(AppMessage message, String key, CompletableFuture<Reply> answer) {
        store.move(key, WeComAnswerStore.PENDING, WeComAnswerStore.PUSHED, null);
        answer.thenAccept(reply -> push(message, key, parts(reply), 0)).exceptionally(failure -> {
            if (failure.getCause() instanceof WeComAnswerer.NotAnswered) {
                unanswered.release(key, WeComAnswerStore.PUSHED, failure.getCause());
            } else {
                log.error("企业微信答复未能放入发件箱（{}）", key, failure);
            }
            return null;
        });
        return Optional.empty();
    }

    /** A repeat gets the passive reply the first delivery got, if it got one; else just an acknowledgement. */
    private Optional<String> replay(String key) {
        return store.find(key).filter(row -> WeComAnswerStore.PASSIVE.equals(row.status())).map(row -> row.reply());
    }

    private static List<String> parts(Reply reply) {
        return Utf8Splitter.split(ReplyRenderer.render(reply), MAX_BYTES);
    }

    /** Through the outbox, one row per part, keyed by message and part, so nothing is sent twice or lost. */
    private void push(AppMessage message, String key, List<String> parts, int from) {
        for (int i = from; i < parts.size(); i++) {
            outbox.enqueue("wecom:answer:" + key + ":" + i, OutboundTarget.user("wecom", message.fromUser().strip()),
                    OutboundMessage.text(parts.get(i)));
        }
    }
}
