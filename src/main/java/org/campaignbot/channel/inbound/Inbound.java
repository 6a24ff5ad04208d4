package org.campaignbot.channel.inbound;

import org.campaignbot.message.IncomingMessage;

/**
 * A question as the pipeline keeps it: the normalised message plus what is needed to answer it after a restart.
 *
 * @param key        the dedupe key, unique across transports (e.g. {@code dingtalk:<msgId>})
 * @param transport  the door it came in, the name of an {@link InboundTransport} (e.g. {@code wecom-app})
 * @param message    the normalised message the core answers
 * @param route      what only the transport understands and needs for a late delivery (DingTalk: its
 *                   sessionWebhook); null when the message itself says where the answer goes
 * @param receivedAt epoch ms when it was accepted: reply windows count from here
 */
public record Inbound(String key, String transport, IncomingMessage message, String route, long receivedAt) {
}
