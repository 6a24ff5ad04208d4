package org.campaignbot.answer.rag;

import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.router.QueryRouter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.campaignbot.message.Reply;

/**
 * Sends a question the task tables or heading trees answer to those facts, any other to the passages. The facts are
 * found once, here, and handed to the retriever that serves them.
 */
final class FactsFirstRouter implements QueryRouter {
    private final Function<String, Optional<Reply>> facts;
    private final ContentRetriever passages;

    FactsFirstRouter(Function<String, Optional<Reply>> facts, ContentRetriever passages) {
        this.facts = facts;
        this.passages = passages;
    }

    @Override
    public Collection<ContentRetriever> route(Query query) {
        return facts.apply(query.text()).<Collection<ContentRetriever>>map(f -> List.of(new FactsContentRetriever(f)))
                .orElse(List.of(passages));
    }
}
