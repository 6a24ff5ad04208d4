package org.campaignbot.channel.wecom;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.campaignbot.channel.MessageDeduplicator;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The intelligent robot's answering path as the long connection ({@code longconn}) uses it: the same message
 * reading, dedupe key, answer queue, citations and 20,480-byte cut as the callback, without the callback's polling.
 * The long connection owns only the protocol; everything a user reads is decided here.
 */
@Component
@ConditionalOnProperty(name = "bot.wecom.aibot.long-connection.enabled", havingValue = "true")
public class AiBotAnswers {
    /** The long connection has no redelivery: a question the queue cannot take gets this instead of silence. */
    static final String BUSY = "现在提问的人较多，暂时无法作答，请稍后再问一次。";

    /** Shown while a slow answer is prepared: the callback's placeholder, so both doors read the same. */
    public static final String THINKING = AiBotReplyService.THINKING;

    private final MessageDeduplicator dedupe;
    private final WeComAnswerer answerer;

    AiBotAnswers(MessageDeduplicator dedupe, WeComAnswerer answerer) {
        this.dedupe = dedupe;
        this.answerer = answerer;
    }

    /** A message body the robot cannot read (no msgid or msgtype, ids too long for the tables). */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The text to reply with, or empty when this msgid was already taken (here or through the callback: the key is
     * the same). The future never fails: a failing core gives the usual apology.
     *
     * @throws Unreadable when the body is not a message we can read
     */
    public Optional<CompletableFuture<String>> answerOnce(JsonNode body) {
        AiBotMessage message = read(body);
        if (!dedupe.firstSeen(message.dedupeKey())) {
            return Optional.empty();
        }
        if (!message.hasText()) {
            return Optional.of(CompletableFuture.completedFuture(AppReplyService.NOT_TEXT));
        }
        try {
            return Optional.of(answerer.answer(message.toIncoming())
                    .thenApply(AiBotAnswers::fit)
                    .exceptionally(failure -> WeComAnswerer.SORRY));
        } catch (RejectedExecutionException e) {
            return Optional.of(CompletableFuture.completedFuture(BUSY));
        }
    }

    /** The welcome text for {@code enter_chat}: the help text, produced at once (WeCom waits only 5 s). */
    public String welcome(JsonNode body) {
        AiBotMessage message = read(body);
        return ReplyRenderer.render(answerer.answerNow(IncomingMessage.direct("wecom", message.userId(), "", "")));
    }

    /** The rendered answer cut to one stream message, saying so when cut (as the callback does). */
    static String fit(Reply reply) {
        List<String> parts = Utf8Splitter.split(ReplyRenderer.render(reply), ResponseUrlClient.MAX_BYTES - 200);
        return parts.size() == 1 ? parts.get(0) : parts.get(0) + AiBotReplyService.TRUNCATED;
    }

    private static AiBotMessage read(JsonNode body) {
        try {
            return AiBotMessage.from(body);
        } catch (CallbackRefusal e) {
            throw new Unreadable(e.getMessage());
        }
    }
}
