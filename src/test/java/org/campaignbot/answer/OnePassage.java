package org.campaignbot.answer;

import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.search.RelevanceFloor;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;

/**
 * The extractive answer to a question from one passage found, without the embedding model: every sentence weighs the
 * same by meaning, so the answerer's rules (wording, companions) decide what is quoted.
 */
final class OnePassage {
    private OnePassage() {
    }

    static String answer(String question, String title, String section, String paragraph) {
        var result = new SearchResult(question, null, List.of(new Passage(
                new Chunk("a", "doc.txt", title, section, paragraph, false), 0.7, 0.7, List.of())),
                new RelevanceFloor.Evidence(0.7, 0.6, 0, false), true);
        return new ExtractiveAnswerer().answer(question, result, DocumentCatalog.EMPTY).text();
    }
}
