package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.campaignbot.quiz.Kind;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.Status;

/** Makes at most one question of its kind from a sentence. */
interface KindGenerator {

    /**
     * @param used phrases already asked about in this sentence; a generator prefers others, so the kinds made
     *             from one sentence ask different things, and adds the phrase it uses
     */
    Optional<Question> generate(SourceSentence sentence, PhraseFinder.Found found, Set<String> used);

    /** Unused phrases first, each group in the finder's order of quality. */
    static List<Phrase> ordered(List<Phrase> phrases, Set<String> used) {
        List<Phrase> out = new ArrayList<>();
        phrases.stream().filter(p -> !used.contains(p.text())).forEach(out::add);
        phrases.stream().filter(p -> used.contains(p.text())).forEach(out::add);
        return out;
    }

    static Question draft(Kind kind, String stem, List<String> options, String answer, String explanation,
                          SourceSentence s, int difficulty) {
        return new Question(0, kind, stem, options, answer, explanation, s.text(), s.title(), s.section(),
                difficulty, Status.DRAFT);
    }

    static String quote(String text) {
        return "“" + text + "”";
    }
}
