package org.campaignbot.quiz;

import java.util.List;

/** The bank state the play tests start from: two thirds of the generated drafts approved, the rest left as drafts. */
public final class QuizFixtures {
    private QuizFixtures() {
    }

    public static void approveTwoThirds(QuestionRepository repo) {
        List<Question> all = repo.list(null, 0, 10_000);
        if (all.size() < 60) {
            throw new IllegalStateException("expected the bank to be generated at start-up, found " + all.size());
        }
        for (Question q : all) {
            if (q.id() % 3 != 0 && q.status() == Status.DRAFT) {
                repo.setStatus(q.id(), Status.APPROVED);
            }
        }
    }
}
