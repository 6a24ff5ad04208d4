package org.campaignbot.channel.wecom.longconn;

import java.time.Duration;
import org.campaignbot.channel.inbound.Inbound;
import org.campaignbot.channel.inbound.InboundTransport;
import org.campaignbot.channel.wecom.AiBotAnswers;
import org.campaignbot.message.Reply;

/**
 * The long connection as the durable inbox sees it. A callback's req_id dies with its connection (§3), so a question
 * taken before a restart is answered with a proactive message to its chat once the new connection is subscribed;
 * until then delivery fails and the inbox tries again after its lease.
 */
class LongConnectionTransport implements InboundTransport {
    private final LongConnectionClient client;

    LongConnectionTransport(LongConnectionClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return AiBotAnswers.TRANSPORT;
    }

    @Override
    public Duration replyWindow(Inbound message) {
        return Protocol.PUSH_WINDOW;
    }

    @Override
    public void deliverLate(Inbound message, Reply reply) throws InterruptedException {
        client.push(message.message().conversationId(), message.message().group(), AiBotAnswers.fit(reply));
    }
}
