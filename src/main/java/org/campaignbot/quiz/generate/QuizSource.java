package org.campaignbot.quiz.generate;

import java.util.List;
import org.campaignbot.knowledge.split.Chunk;

/** The knowledge chunks questions are generated from; an interface so tests can feed a single document. */
interface QuizSource {
    List<Chunk> chunks();
}
