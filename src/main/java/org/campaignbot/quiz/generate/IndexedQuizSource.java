package org.campaignbot.quiz.generate;

import java.util.List;
import org.campaignbot.knowledge.KnowledgeView;
import org.campaignbot.knowledge.split.Chunk;
import org.springframework.stereotype.Component;

/** The chunks of the knowledge index, so a question cites its passage exactly as an answer would. */
@Component
class IndexedQuizSource implements QuizSource {
    private final KnowledgeView knowledge;

    public IndexedQuizSource(KnowledgeView knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public List<Chunk> chunks() {
        return knowledge.chunks();
    }
}
