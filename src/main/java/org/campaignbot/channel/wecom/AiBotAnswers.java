package org.campaignbot.channel.wecom;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.campaignbot.channel.inbound.Apologies;
import org.campaignbot.channel.inbound.Inbound;
import org.campaignbot.channel.inbound.InboundPipeline;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The intelligent robot's answering path as the long connection ({@code longconn}) uses it: the same message
 * reading, dedupe key, pipeline, citations and 20,480-byte cut as the callback, without the callback's polling.
 * The long connection owns only the protocol; everything a user reads is decided here.
 */
@Component
@ConditionalOnProperty(name = "bot.wecom.aibot.long-connection.enabled", havingValue = "true")
public class AiBotAnswers {
    /** The name of the long connection in the inbox. */
    public static final String TRANSPORT = "wecom-longconn";

    /** Shown while a slow answer is prepared: the callback's placeholder, so both doors read the same. */
    public static final String THINKING = AiBotReplyService.THINKING;

    private final InboundPipeline pipeline;
    private final Clock clock;

    AiBotAnswers(InboundPipeline pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** A message body the robot cannot read (no msgid or msgtype, ids too long for the tables). */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A question taken: report {@link #delivered} with its key once the answer frame is out, so that the inbox does not
     * answer it again after a restart. The text never fails except when the service stopped before answering
     * ({@link InboundPipeline.NotAnswered}: then the inbox answers it after the restart).
     *
     * @param key null when nothing is kept in the inbox (a hint or an apology, not an answer)
     */
    public record Taken(String key, CompletableFuture<String> text) {
    }

    /**
     * The answer to a message, or empty when this msgid was already taken (here or through the callback: the key is
     * the same).
     *
     * @throws Unreadable when the body is not a message we can read
     */
    public Optional<Taken> answerOnce(JsonNode body) {
        AiBotMessage message = read(body);
        String key = message.dedupeKey();
        if (!message.hasText()) {
            return pipeline.firstSeen(key) ? Optional.of(now(Apologies.NOT_TEXT)) : Optional.empty();
        }
        try {
            return pipeline.accept(new Inbound(key, TRANSPORT, message.toIncoming(), null, clock.millis()))
                    .map(answer -> new Taken(key, answer.thenApply(AiBotReplyService::fit)));
        } catch (InboundPipeline.Busy e) { // no redelivery on this door: say so rather than stay silent
            return Optional.of(now(Apologies.BUSY));
        }
    }

    /** The answer frame for this question went out. */
    public void delivered(String key) {
        if (key != null) {
            pipeline.answered(key);
        }
    }

    /** The welcome text for {@code enter_chat}: the help text, produced at once (WeCom waits only 5 s). */
    public String welcome(JsonNode body) {
        AiBotMessage message = read(body);
        return ReplyRenderer.render(pipeline.answerNow(IncomingMessage.direct("wecom", message.userId(), "", "")));
    }

    /** The rendered answer cut to one message, as the callback cuts it. */
    public static String fit(Reply reply) {
        return AiBotReplyService.fit(reply);
    }

    private static Taken now(String text) {
        return new Taken(null, CompletableFuture.completedFuture(text));
    }

    private static AiBotMessage read(JsonNode body) {
        try {
            return AiBotMessage.from(body);
        } catch (CallbackRefusal e) {
            throw new Unreadable(e.getMessage());
        }
    }
}
