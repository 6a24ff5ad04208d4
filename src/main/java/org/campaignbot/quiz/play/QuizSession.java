package org.campaignbot.quiz.play;

import java.util.List;
import java.util.Optional;
import org.campaignbot.message.IncomingMessage;

/**
 * One person's open run of questions in one chat.
 *
 * @param key          channel + conversation + user: in a group every member has a session of their own
 * @param mode         a set of N, a challenge (until the first mistake), or a retry of the wrong-answer book
 * @param questionIds  the questions in playing order
 * @param position     index of the question now being asked
 * @param correct      correct answers so far (the streak, in a challenge)
 * @param points       points awarded so far
 * @param lastActiveAt epoch ms of the last answer or start
 */
record QuizSession(String key, Mode mode, List<Long> questionIds, int position, int correct, int points,
                          long lastActiveAt) {

    public enum Mode {
        SET("答题"), CHALLENGE("挑战答题"), RETRY("错题重练");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public QuizSession {
        questionIds = List.copyOf(questionIds);
    }

    public static String keyOf(IncomingMessage m) {
        return m.channel() + "|" + m.conversationId() + "|" + m.userId();
    }

    public Optional<Long> current() {
        return position < questionIds.size() ? Optional.of(questionIds.get(position)) : Optional.empty();
    }

    public int total() {
        return questionIds.size();
    }
}
