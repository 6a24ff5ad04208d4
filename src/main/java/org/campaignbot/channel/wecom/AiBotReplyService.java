package org.campaignbot.channel.wecom;

import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.campaignbot.channel.inbound.Apologies;
import org.campaignbot.channel.inbound.Inbound;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.channel.inbound.InboundTransport;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers intelligent-robot messages with a stream reply. A quick answer goes out at once with {@code finish:true};
 * a slow one starts as a "please wait" stream that WeCom polls (msgtype stream) until we finish it. WeCom stops
 * polling about 6 minutes after the question; an answer ready only after {@code stream-window} goes to the
 * message's response_url instead. Each answer is shown exactly once: every hand-over is a conditional UPDATE. An
 * answer the inbox produces after a restart is stored for the stream the same way, or posted to the response_url.
 */
@Service
@Conditional(WeComConditions.AiBot.class)
class AiBotReplyService implements InboundTransport {
    private static final Logger log = LoggerFactory.getLogger(AiBotReplyService.class);
    static final String THINKING = "正在查阅资料，请稍候…";
    static final String EXPIRED = "这条回答已过期，请重新提问。";
    static final String POSTED_SEPARATELY = "（答复已单独发送，请查看下一条消息）";
    static final String TRUNCATED = "\n\n（回答过长，只显示了前一部分，请把问题问得更具体些）";
    private static final int TRUNCATED_BYTES = 200;

    static final String TRANSPORT = "wecom-aibot";
    /** A response_url is valid for an hour: the last way to reach the asker (platform-protocols.md §3). */
    static final Duration RESPONSE_URL_WINDOW = Duration.ofHours(1);

    private final InboundPipeline pipeline;
    private final WeComAnswerStore store;
    private final AiBotChatUrls chatUrls;
    private final ResponseUrlClient responseUrls;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration window;
    private final Duration streamWindow;
    private final Unanswered unanswered;

    AiBotReplyService(InboundPipeline pipeline, WeComAnswerStore store, AiBotChatUrls chatUrls,
                      ResponseUrlClient responseUrls, JsonMapper json, Clock clock, Unanswered unanswered,
                      WeComProperties properties) {
        this.unanswered = unanswered;
        this.pipeline = pipeline;
        this.store = store;
        this.chatUrls = chatUrls;
        this.responseUrls = responseUrls;
        this.json = json;
        this.clock = clock;
        this.window = properties.replyWindow();
        this.streamWindow = properties.aibot().streamWindow();
    }

    /** The plaintext JSON reply, or empty for "acknowledge only". */
    Optional<ObjectNode> handle(AiBotMessage message) {
        if ("stream".equals(message.msgType())) {
            return Optional.of(poll(message.streamId()));
        }
        String key = message.dedupeKey();
        if ("event".equals(message.msgType())) {
            if (!pipeline.firstSeen(key)) {
                return store.find(key).map(this::show);
            }
            return "enter_chat".equals(message.eventType()) ? Optional.of(welcome(message, key)) : Optional.empty();
        }
        Optional<CompletableFuture<Reply>> taken = take(message, key);
        if (taken.isEmpty()) {
            return store.find(key).map(this::show); // a retry: same stream, current state
        }
        String streamId = HexFormat.of().formatHex(randomBytes());
        boolean started;
        try {
            started = store.start(key, streamId, message.conversationId(), message.responseUrl());
        } catch (RuntimeException e) {
            unanswered.release(key, null, e);
            throw e;
        }
        if (started) {
            answer(key, taken.get());
        } else {
            pipeline.answered(key); // a replay older than the dedupe window: its stored stream answers it
        }
        return store.find(key).map(this::show);
    }

    /** Into the pipeline (text), or straight to the text-only hint; empty for a repeat. */
    private Optional<CompletableFuture<Reply>> take(AiBotMessage message, String key) {
        if (!message.hasText()) {
            return pipeline.firstSeen(key) ? Optional.of(CompletableFuture.completedFuture(Reply.text(Apologies.NOT_TEXT)))
                    : Optional.empty();
        }
        return pipeline.accept(new Inbound(key, TRANSPORT, message.toIncoming(), message.responseUrl(), clock.millis()));
    }

    /** WeCom polling a stream: whatever it shows now; an unknown id is a finished, expired stream. */
    private ObjectNode poll(String streamId) {
        return Optional.ofNullable(streamId).flatMap(store::findByStream).map(this::show)
                .orElseGet(() -> stream(streamId == null ? "none" : streamId, true, EXPIRED));
    }

    /**
     * Waits up to the reply window; a later answer is stored when ready, and posted if the stream window is over. A
     * question the core never saw (queue full, stopping) is released so that WeCom's retry is answered.
     */
    private void answer(String key, CompletableFuture<Reply> answer) {
        try {
            ready(key, answer.get(window.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            later(key, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the answer still comes: store it like a slow one
            later(key, answer);
        } catch (ExecutionException e) { // NotAnswered: stopped while queued; other failures become an apology
            unanswered.release(key, WeComAnswerStore.PENDING, e.getCause());
            throw new IllegalStateException("not answered", e.getCause());
        }
    }

    private void later(String key, CompletableFuture<Reply> answer) {
        answer.thenAccept(reply -> {
            ready(key, reply);
            postIfLate(key);
        }).exceptionally(failure -> // released: its polls now see "expired"
                unanswered.afterFailure(key, WeComAnswerStore.PENDING, failure, "保存智能机器人答复失败"));
    }

    @Override
    public String name() {
        return TRANSPORT;
    }

    @Override
    public Duration replyWindow(Inbound message) {
        return RESPONSE_URL_WINDOW;
    }

    /**
     * After a restart: into the stream if WeCom may still be polling it (or to the response_url once the stream
     * window is over); a question released at shutdown has no stream left, so its answer goes to the response_url.
     */
    @Override
    public void deliverLate(Inbound message, Reply reply) throws WeComApiException {
        String key = message.key();
        if (store.find(key).isPresent()) {
            ready(key, reply);
            postIfLate(key);
        } else if (message.route() != null) {
            responseUrls.postMarkdown(message.route(), fit(reply));
        } else {
            log.warn("智能机器人消息 {} 没有 response_url，补答无法送达", key);
        }
    }

    /** What the stream shows now. A ready answer is claimed for the stream, so the late path will not post it too. */
    private ObjectNode show(WeComAnswerStore.Row row) {
        return switch (row.status()) {
            case WeComAnswerStore.READY -> {
                if (store.move(row.key(), WeComAnswerStore.READY, WeComAnswerStore.STREAMED, null)) {
                    chatUrls.remember(row.chatId(), row.responseUrl()); // unused by this answer: free for a push
                    yield stream(row.streamId(), true, row.reply());
                }
                yield show(store.find(row.key()).orElseThrow());
            }
            case WeComAnswerStore.STREAMED -> stream(row.streamId(), true, row.reply());
            case WeComAnswerStore.POSTED -> stream(row.streamId(), true, POSTED_SEPARATELY);
            default -> stream(row.streamId(), false, THINKING);
        };
    }

    /** Stores the answer; one stream message holds 20,480 bytes, so a longer one is cut at a paragraph and says so. */
    private void ready(String key, Reply reply) {
        store.move(key, WeComAnswerStore.PENDING, WeComAnswerStore.READY, fit(reply));
        pipeline.answered(key);
    }

    /** The rendered answer cut to one stream message, saying so when cut; the long connection cuts the same way. */
    static String fit(Reply reply) {
        List<String> parts = Utf8Splitter.split(ReplyRenderer.render(reply), ResponseUrlClient.MAX_BYTES - TRUNCATED_BYTES);
        return parts.size() == 1 ? parts.get(0) : parts.get(0) + TRUNCATED;
    }

    /** Answers that outlived the polling window and were never shown go to their response_url. */
    // not a setting: the window (bot.wecom.aibot.stream-window) is; this only keeps a late answer from waiting long
    @Scheduled(fixedDelay = 1000)
    void postLateAnswers() {
        for (WeComAnswerStore.Row row : store.readyUnshown(clock.millis() - streamWindow.toMillis())) {
            postIfLate(row.key());
        }
    }

    private void postIfLate(String key) {
        store.find(key)
                .filter(row -> clock.millis() - row.createdAt() > streamWindow.toMillis())
                .filter(row -> store.move(key, WeComAnswerStore.READY, WeComAnswerStore.POSTED, null))
                .ifPresent(row -> {
                    if (row.responseUrl() == null) {
                        log.warn("智能机器人答复超时且消息没有 response_url，无法送达（{}）", key);
                        return;
                    }
                    try {
                        responseUrls.postMarkdown(row.responseUrl(), row.reply());
                    } catch (WeComApiException e) {
                        log.warn("通过 response_url 发送智能机器人答复失败（{}）：{}", key, e.getMessage());
                    }
                });
    }

    private ObjectNode welcome(AiBotMessage message, String key) {
        Reply help;
        try {
            help = pipeline.answerNow(IncomingMessage.direct("wecom", message.userId(), "", ""));
        } catch (RuntimeException e) { // no welcome was produced: let the retry try again
            unanswered.release(key, null, e);
            throw e;
        }
        ObjectNode reply = json.createObjectNode().put("msgtype", "text");
        reply.putObject("text").put("content", ReplyRenderer.render(help));
        return reply;
    }

    private ObjectNode stream(String id, boolean finish, String content) {
        ObjectNode reply = json.createObjectNode().put("msgtype", "stream");
        reply.putObject("stream").put("id", id).put("finish", finish).put("content", content);
        return reply;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[12];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
