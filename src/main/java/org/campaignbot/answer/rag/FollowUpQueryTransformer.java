package org.campaignbot.answer.rag;

import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.QueryTransformer;
import java.util.Collection;
import java.util.List;
import org.campaignbot.answer.followup.FollowUps;

/**
 * Rewrites a follow-up ("那抓效能促发展呢？") into a question that stands on its own before anything is retrieved, using
 * the conversation the query belongs to (its chat memory id). The same rewriting as the extractive mode's.
 */
final class FollowUpQueryTransformer implements QueryTransformer {
    private final FollowUps followUps;

    FollowUpQueryTransformer(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public Collection<Query> transform(Query query) {
        Object conversation = query.metadata() == null ? null : query.metadata().chatMemoryId();
        if (conversation == null) {
            return List.of(query);
        }
        return List.of(Query.from(followUps.resolve(conversation.toString(), query.text()), query.metadata()));
    }
}
