package org.campaignbot.conversation;

import java.util.List;
import org.campaignbot.answer.AnswerService;
import org.springframework.stereotype.Service;

/** Routes a message to the first command that claims it, else answers it as a question from the knowledge base. */
@Service
public class ConversationService {
    private final List<CommandHandler> handlers;
    private final AnswerService answers;

    public ConversationService(List<CommandHandler> handlers, AnswerService answers) {
        this.handlers = handlers; // Spring sorts by @Order
        this.answers = answers;
    }

    public Reply handle(IncomingMessage message) {
        for (CommandHandler handler : handlers) {
            var reply = handler.handle(message);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
        return answers.answer(message);
    }
}
