package org.campaignbot.quiz.generate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;

/**
 * A statement from the text, kept as written (对) or with one key phrase swapped for a parallel one (错). Sentences
 * alternate between the two by a stable hash, so the bank holds both answers in about equal numbers.
 */
final class JudgeGenerator implements KindGenerator {
    private final Distractors distractors;

    JudgeGenerator(Distractors distractors) {
        this.distractors = distractors;
    }

    @Override
    public Optional<Question> generate(SourceSentence s, PhraseFinder.Found found, Set<String> used) {
        if (found.phrases().isEmpty()) {
            return Optional.empty();
        }
        if ((s.body().hashCode() & 1) == 1) {
            Optional<Question> altered = altered(s, found, used);
            if (altered.isPresent()) {
                return altered;
            }
        }
        Phrase p = KindGenerator.ordered(found.phrases(), used).get(0);
        StemWindow w = StemWindow.around(s.body(), p.start(), p.end());
        String explanation = "与原文一致：" + KindGenerator.quote(w.text());
        return Optional.of(KindGenerator.draft(Kind.JUDGE, w.text(), List.of(), Question.TRUE, explanation, s, 1));
    }

    private Optional<Question> altered(SourceSentence s, PhraseFinder.Found found, Set<String> used) {
        for (Phrase p : KindGenerator.ordered(found.phrases(), used)) {
            List<String> swap = distractors.pick(p, s.body(), 1);
            if (swap.isEmpty()) {
                continue;
            }
            used.add(p.text());
            StemWindow w = StemWindow.around(s.body(), p.start(), p.end());
            String statement = w.replace(s.body(), p.start(), p.end(), swap.get(0));
            String explanation = "原文为" + KindGenerator.quote(w.text()) + "，题中把" + KindGenerator.quote(p.text())
                    + "换成了" + KindGenerator.quote(swap.get(0)) + "。";
            return Optional.of(KindGenerator.draft(Kind.JUDGE, statement, List.of(), Question.FALSE, explanation, s, 2));
        }
        return Optional.empty();
    }
}
