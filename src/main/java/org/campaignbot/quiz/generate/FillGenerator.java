package org.campaignbot.quiz.generate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;

/** 学习是提高能力素质的____。 — a key phrase short enough to type is blanked out. */
final class FillGenerator implements KindGenerator {
    private static final int MAX_ANSWER = 8;
    private static final int MIN_CONTEXT = 10;

    @Override
    public Optional<Question> generate(SourceSentence s, PhraseFinder.Found found, Set<String> used) {
        for (Phrase p : KindGenerator.ordered(found.phrases(), used)) {
            if (p.text().length() > MAX_ANSWER) {
                continue;
            }
            StemWindow w = StemWindow.around(s.body(), p.start(), p.end());
            if (StemWindow.occurrences(w.text(), p.text()) != 1 || w.text().length() - p.text().length() < MIN_CONTEXT) {
                continue;
            }
            used.add(p.text());
            String stem = w.replace(s.body(), p.start(), p.end(), Question.BLANK);
            String explanation = "原文：" + KindGenerator.quote(w.text());
            int difficulty = p.text().length() <= 4 ? 2 : 3;
            return Optional.of(KindGenerator.draft(Kind.FILL, stem, List.of(), p.text(), explanation, s, difficulty));
        }
        return Optional.empty();
    }
}
