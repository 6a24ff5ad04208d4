package org.campaignbot.answer.rag;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import org.campaignbot.answer.followup.FollowUps;
import org.campaignbot.knowledge.search.ConversationDocument;
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
    private final FollowUps followUps;

    PassageContentRetriever(HybridRetriever retriever, int passages, FollowUps followUps) {
        this.retriever = retriever;
        this.passages = passages;
        this.followUps = followUps;
    }

    @Override
    public List<Content> retrieve(Query query) {
        SearchResult result = retriever.search(query.text(), passages, conversationDocument(query));
        if (!result.relevant()) {
            return List.of();
        }
        return result.passages().stream().limit(passages).map(p -> Content.from(TextSegment.from(p.chunk().text(),
                Metadata.from(Map.of(SOURCE, p.chunk().title(), SECTION, p.chunk().section()))))).toList();
    }

    /** The document a follow-up prefers: the query is the rewritten question, its metadata holds the one asked. */
    private ConversationDocument conversationDocument(Query query) {
        var meta = query.metadata();
        if (meta == null || meta.chatMemoryId() == null || !(meta.chatMessage() instanceof UserMessage asked)) {
            return ConversationDocument.NONE;
        }
        return followUps.documentFor(meta.chatMemoryId().toString(), asked.singleText(), query.text());
    }
}
