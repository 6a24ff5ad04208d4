package org.campaignbot.quiz.admin;

import java.util.List;
import org.campaignbot.quiz.Question;

/** A question as the admin API shows it: stored codes plus the Chinese labels and the citation. */
record QuestionView(long id, String kind, String kindLabel, String stem, List<String> options, String answer,
                           String answerText, String explanation, String sourceSentence, String sourceTitle,
                           String sourceSection, String citation, int difficulty, String status, String statusLabel) {

    static QuestionView of(Question q) {
        return new QuestionView(q.id(), q.kind().name(), q.kind().label(), q.stem(), q.options(), q.answer(),
                q.answerText(), q.explanation(), q.sourceSentence(), q.sourceTitle(), q.sourceSection(),
                q.citation().label(), q.difficulty(), q.status().name(), q.status().label());
    }
}
