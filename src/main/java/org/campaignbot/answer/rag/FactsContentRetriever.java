package org.campaignbot.answer.rag;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * A duty or outline answer (the task rows, or a part's headings) as one piece of structured context: the model
 * restates data the tables and heading trees already give exactly, instead of piecing it together from passages.
 * Made by {@link FactsFirstRouter} for the one query whose facts it has just found.
 */
final class FactsContentRetriever implements ContentRetriever {
    static final String FACTS = "facts";
    private final Reply facts;

    FactsContentRetriever(Reply facts) {
        this.facts = facts;
    }

    @Override
    public List<Content> retrieve(Query query) {
        Citation first = facts.citations().get(0);
        Metadata metadata = Metadata.from(Map.of(PassageContentRetriever.SOURCE, first.source(),
                PassageContentRetriever.SECTION, first.section(), FACTS, "true"));
        return List.of(Content.from(TextSegment.from(facts.text(), metadata)));
    }
}
