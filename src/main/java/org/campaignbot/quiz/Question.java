package org.campaignbot.quiz;

import java.util.List;
import org.campaignbot.message.Citation;

/**
 * One question of the bank.
 *
 * @param id             database id; 0 before it is stored
 * @param kind           fill-in-the-blank, single or multiple choice, true/false
 * @param stem           the question text; a blank is written {@link #BLANK}
 * @param options        choice texts in A, B, C … order; empty for fill and judge
 * @param answer         letters for choices ({@code A}, {@code AC}), {@code 对}/{@code 错} for judge, the blank's words
 *                       for fill (alternatives separated by {@code |})
 * @param explanation    why the answer is right, shown after answering
 * @param sourceSentence the exact sentence of the document the answer comes from
 * @param sourceTitle    document title, for the 《title》 citation
 * @param sourceSection  heading path inside the document
 * @param difficulty     1 (easy) to 3 (hard)
 * @param status         only {@link Status#APPROVED} questions are played
 */
public record Question(long id, Kind kind, String stem, List<String> options, String answer, String explanation,
                       String sourceSentence, String sourceTitle, String sourceSection, int difficulty, Status status) {
    public static final String BLANK = "____";
    public static final String TRUE = "对";
    public static final String FALSE = "错";

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        explanation = explanation == null ? "" : explanation;
        sourceSection = sourceSection == null ? "" : sourceSection;
    }

    public Citation citation() {
        return new Citation(sourceTitle, sourceSection, sourceSentence);
    }

    /** Option letter for index 0, 1, 2 … */
    public static char letter(int index) {
        return (char) ('A' + index);
    }

    /** The answer as the player should read it: {@code B. 根本途径}, {@code A. 网络平台；C. 实地考察}, {@code 对}. */
    public String answerText() {
        if (!kind.hasOptions()) {
            return answer.split("\\|")[0];
        }
        StringBuilder sb = new StringBuilder();
        for (char c : answer.toCharArray()) {
            int i = c - 'A';
            if (i >= 0 && i < options.size()) {
                sb.append(sb.isEmpty() ? "" : "；").append(c).append(". ").append(options.get(i));
            }
        }
        return sb.toString();
    }
}
