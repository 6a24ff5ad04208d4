package org.campaignbot.quiz.generate;

import java.util.List;
import org.campaignbot.knowledge.load.SourceDocument;

/**
 * The documents questions are generated from. Documents rather than index chunks: a chunk's text joins its sentences
 * without the paragraph breaks, so a heading without a full stop ({@code 一、统一思想认识,…紧迫感}) runs into the next
 * sentence, and a question's "exact source sentence" must exist word for word in the document.
 */
public interface QuizSource {
    List<SourceDocument> documents();
}
