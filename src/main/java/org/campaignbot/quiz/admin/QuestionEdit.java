package org.campaignbot.quiz.admin;

import java.util.List;
import org.campaignbot.common.BadRequestException;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.Status;

/** A change to a question; fields left out (null) keep their current value. */
record QuestionEdit(String kind, String stem, List<String> options, String answer, String explanation,
                           String sourceSentence, String sourceTitle, String sourceSection, Integer difficulty,
                           String status) {

    Question applyTo(Question q) {
        Kind k = kind == null ? q.kind() : Kind.parse(kind)
                .orElseThrow(() -> new BadRequestException("题型“" + kind + "”无法识别，应为 填空、单选、多选 或 判断"));
        Status s = status == null ? q.status() : Status.parse(status)
                .orElseThrow(() -> new BadRequestException("状态“" + status + "”无法识别，应为 待审核、已通过 或 已驳回"));
        return new Question(q.id(), k, or(stem, q.stem()), options == null ? q.options() : options, or(answer, q.answer()),
                or(explanation, q.explanation()), or(sourceSentence, q.sourceSentence()), or(sourceTitle, q.sourceTitle()),
                or(sourceSection, q.sourceSection()), difficulty == null ? q.difficulty() : difficulty, s);
    }

    private static String or(String value, String current) {
        return value == null ? current : value;
    }
}
