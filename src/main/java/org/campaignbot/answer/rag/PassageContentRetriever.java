package org.campaignbot.answer.rag;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.campaignbot.knowledge.search.SearchResult;

/**
 * Passages from the Lucene hybrid search (words, bigrams, bge vectors), best first, each carrying its citation in
 * the segment's metadata. Nothing at all when no passage clears the relevance floor, so the model is never asked to
 * answer from passages that do not concern the question.
 */
final class PassageContentRetriever implements ContentRetriever {
    static final String SOURCE = "source", SECTION = "section";
    private final HybridRetriever retriever;
    private final int passages;

    PassageContentRetriever(HybridRetriever retriever, int passages) {
        this.retriever = retriever;
        this.passages = passages;
    }

    @Override
    public List<Content> retrieve(Query query) {
        SearchResult result = retriever.search(query.text(), passages);
        if (!result.relevant()) {
            return List.of();
        }
        return result.passages().stream().limit(passages).map(p -> Content.from(TextSegment.from(p.chunk().text(),
                Metadata.from(Map.of(SOURCE, p.chunk().title(), SECTION, p.chunk().section()))))).toList();
    }
}
