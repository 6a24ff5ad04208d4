package org.campaignbot.channel.inbound;

import java.time.Duration;
import org.campaignbot.message.Reply;

/**
 * A door questions come in by, as the durable inbox sees it: what it is called in the {@code inbox} table, how long
 * after a question an answer can still reach the asker, and how to deliver an answer when the request, socket or
 * thread that took the question is gone (a restart). Everything else about the platform stays in its own package.
 */
public interface InboundTransport {
    /** The value of {@code inbox.transport}, e.g. {@code wecom-app}. */
    String name();

    /** How long after {@link Inbound#receivedAt} an answer can still be delivered; past it the question expires. */
    Duration replyWindow(Inbound message);

    /**
     * Delivers an answer produced after a restart. Returning means the answer was handed to the platform's delivery
     * path (the outbox, a webhook, the socket); throwing leaves the question for the next sweep.
     */
    void deliverLate(Inbound message, Reply reply) throws Exception;
}
