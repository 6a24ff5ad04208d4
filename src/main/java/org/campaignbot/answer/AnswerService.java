package org.campaignbot.answer;

import org.campaignbot.conversation.IncomingMessage;
import org.campaignbot.conversation.Reply;
import org.springframework.stereotype.Service;

/** Answers a question from the knowledge base. (Placeholder until the retrieval core lands in the next commits.) */
@Service
public class AnswerService {
    public Reply answer(IncomingMessage message) {
        return Reply.text("知识库正在建设中。");
    }
}
