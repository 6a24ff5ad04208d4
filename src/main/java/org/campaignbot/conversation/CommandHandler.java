package org.campaignbot.conversation;

import java.util.Optional;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;

/**
 * A feature that may claim a chat message before it is treated as a question (help, quiz answers, 我的任务 …).
 * Handlers are Spring beans; the router asks them in {@link org.springframework.core.annotation.Order} order and
 * the first non-empty result wins. Return empty to let the message through, e.g. a quiz session that sees a
 * message which is not an answer.
 */
public interface CommandHandler {
    Optional<Reply> handle(IncomingMessage message);
}
