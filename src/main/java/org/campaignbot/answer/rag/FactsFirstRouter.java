package org.campaignbot.answer.rag;

import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.router.QueryRouter;
import java.util.Collection;
import java.util.List;

/** Sends a question the task tables or heading trees answer to those, any other to the passages. */
final class FactsFirstRouter implements QueryRouter {
    private final FactsContentRetriever facts;
    private final ContentRetriever passages;

    FactsFirstRouter(FactsContentRetriever facts, ContentRetriever passages) {
        this.facts = facts;
        this.passages = passages;
    }

    @Override
    public Collection<ContentRetriever> route(Query query) {
        return facts.factsFor(query).isPresent() ? List.of(facts) : List.of(passages);
    }
}
