package org.campaignbot.conversation;

import java.util.List;
import org.campaignbot.answer.AnswerService;
import org.campaignbot.conversation.log.QaLog;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.springframework.stereotype.Service;

/**
 * Routes a message to the first command that claims it, else answers it as a question from the knowledge base and
 * keeps the question and its reply in the {@link QaLog} (commands are not questions and are not kept).
 * A message over {@link IncomingMessage#MAX_TEXT} characters gets a short reply and reaches no feature: no retrieval
 * over a 60 KB "question", no 60 KB progress report, on whichever channel it came.
 */
@Service
public class ConversationService {
    static final String TOO_LONG = "消息太长了（超过 " + IncomingMessage.MAX_TEXT
            + " 个字），我没有处理。请把问题精简一些，或分几次发送。";
    private final List<CommandHandler> handlers;
    private final AnswerService answers;
    private final ConversationMetrics metrics;
    private final QaLog qaLog;

    public ConversationService(List<CommandHandler> handlers, AnswerService answers, ConversationMetrics metrics,
                               QaLog qaLog) {
        this.handlers = handlers; // Spring sorts by @Order
        this.answers = answers;
        this.metrics = metrics;
        this.qaLog = qaLog;
    }

    public Reply handle(IncomingMessage message) {
        if (message.tooLong()) {
            return Reply.text(TOO_LONG);
        }
        for (CommandHandler handler : handlers) {
            var reply = handler.handle(message);
            if (reply.isPresent()) {
                metrics.command(message);
                return reply.get();
            }
        }
        long started = System.nanoTime();
        AnswerService.Answered answered = answers.answered(message);
        Reply reply = answered.reply();
        long nanos = System.nanoTime() - started;
        metrics.question(message, reply, nanos);
        qaLog.record(message, reply, answered.byModel(), nanos); // the 问答日志, once here for every channel
        return reply;
    }
}
