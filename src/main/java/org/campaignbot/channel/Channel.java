package org.campaignbot.channel;

import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;

/**
 * A platform that can deliver pushes: the transport under the outbox. One bean per platform (WeCom, DingTalk);
 * the outbox finds it by {@link #name()} = {@link OutboundTarget#channel()}.
 */
public interface Channel {

    String name();

    /**
     * Sends now or throws. Implementations check the platform's errcode and classify failures; they must not
     * silently drop a message (rate-limited sends throw {@link DeliveryException#later}).
     */
    void send(OutboundTarget target, OutboundMessage message) throws DeliveryException;
}
