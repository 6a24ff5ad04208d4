package org.campaignbot.quiz.play;

import java.util.Optional;
import org.campaignbot.conversation.CommandHandler;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Answers to a running group contest. After {@link QuizCommands}, so a person's own open set comes first. */
@Component
@Order(21)
class ContestAnswers implements CommandHandler {
    private final GroupContest contest;

    public ContestAnswers(GroupContest contest) {
        this.contest = contest;
    }

    @Override
    public Optional<Reply> handle(IncomingMessage message) {
        return message.group() ? contest.answer(message) : Optional.empty();
    }
}
