package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.quiz.Question;
import org.campaignbot.quiz.QuizText;
import org.springframework.stereotype.Component;

/**
 * Drafts questions from the knowledge chunks without any language model: every question is cut from one sentence,
 * its answer is words of that sentence, and its wrong options are other phrases of the same documents. The same
 * documents always give the same questions, so generating again only adds what is new.
 */
@Component
public class QuestionGenerator {
    private final QuizSource source;

    public QuestionGenerator(QuizSource source) {
        this.source = source;
    }

    public List<Question> generate() {
        return generate(source.chunks());
    }

    public static List<Question> generate(List<Chunk> chunks) {
        SentenceCorpus corpus = SentenceCorpus.of(chunks);
        Map<SourceSentence, PhraseFinder.Found> found = new LinkedHashMap<>();
        List<Phrase> allPhrases = new ArrayList<>();
        for (SourceSentence s : corpus.sentences()) {
            PhraseFinder.Found f = PhraseFinder.find(s.body());
            found.put(s, f);
            allPhrases.addAll(f.phrases());
        }
        Distractors distractors = new Distractors(corpus, allPhrases);
        List<KindGenerator> kinds = List.of(new FillGenerator(), new SingleChoiceGenerator(distractors),
                new MultiChoiceGenerator(distractors), new JudgeGenerator(distractors));
        Map<String, Question> byStem = new LinkedHashMap<>();
        found.forEach((sentence, f) -> {
            Set<String> used = new HashSet<>();
            for (KindGenerator kind : kinds) {
                kind.generate(sentence, f, used).ifPresent(q -> byStem.putIfAbsent(QuizText.stemKey(q.stem()), q));
            }
        });
        return new ArrayList<>(byStem.values());
    }
}
