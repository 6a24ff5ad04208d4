package org.campaignbot.quiz.play;

import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;

/** The chat wording of questions and results, kept in one place so the office sees one consistent style. */
final class QuizFormatter {
    private QuizFormatter() {
    }

    /** The question with its options and a line saying how to answer. */
    public static String ask(Question q, String heading) {
        StringBuilder sb = new StringBuilder(heading).append("（").append(q.kind().label()).append("）\n");
        sb.append(q.kind() == Kind.JUDGE ? "判断：" : "").append(q.stem());
        for (int i = 0; i < q.options().size(); i++) {
            sb.append('\n').append(Question.letter(i)).append(". ").append(q.options().get(i));
        }
        sb.append('\n').append(switch (q.kind()) {
            case SINGLE -> "请回复选项字母，如 A";
            case MULTI -> "多选题，请回复全部正确选项，如 AC";
            case JUDGE -> "请回复“对”或“错”";
            case FILL -> "请直接回复横线处的词语";
        });
        return sb.toString();
    }

    /** Right or wrong, the correct answer, the explanation and the source. */
    public static String verdict(Question q, boolean correct, int awarded, boolean capReached) {
        StringBuilder sb = new StringBuilder();
        if (correct) {
            sb.append("✅ 回答正确！");
            sb.append(awarded > 0 ? "+" + awarded + " 分" : capReached ? "（今日积分已达上限，本题不再加分）" : "");
        } else {
            sb.append("❌ 回答错误。");
        }
        return sb.append('\n').append(solution(q)).toString();
    }

    /** 正确答案, then 解析 and 出处: how every result (personal, contest, contest end) shows the answer. */
    public static String solution(Question q) {
        return "正确答案：" + q.answerText() + "\n" + explain(q);
    }

    /** 解析 and 出处 lines. */
    public static String explain(Question q) {
        String explanation = q.explanation().isBlank() ? "" : "解析：" + q.explanation() + "\n";
        return explanation + "出处：" + q.citation().label();
    }

    /** A stem cut to {@code max} characters for lists. */
    public static String shortStem(Question q, int max) {
        String s = q.stem().replace('\n', ' ');
        // count and cut by code point, so a character outside the BMP is never split in half
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }
}
