package org.campaignbot.conversation;

import java.util.List;
import org.campaignbot.answer.AnswerService;
import org.springframework.stereotype.Service;

/** Routes a message to the first command that claims it, else answers it as a question from the knowledge base. */
@Service
public class ConversationService {
    private final List<CommandHandler> handlers;
    private final AnswerService answers;
    private final ConversationMetrics metrics;

    public ConversationService(List<CommandHandler> handlers, AnswerService answers, ConversationMetrics metrics) {
        this.handlers = handlers; // Spring sorts by @Order
        this.answers = answers;
        this.metrics = metrics;
    }

    public Reply handle(IncomingMessage message) {
        for (CommandHandler handler : handlers) {
            var reply = handler.handle(message);
            if (reply.isPresent()) {
                metrics.command(message);
                return reply.get();
            }
        }
        long started = System.nanoTime();
        Reply reply = answers.answer(message);
        metrics.question(message, reply, System.nanoTime() - started);
        return reply;
    }
}
