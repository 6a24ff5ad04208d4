package org.campaignbot.answer.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaignbot.knowledge.ShippedTitles.PLAN;
import static org.campaignbot.knowledge.ShippedTitles.SPEECH;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import org.campaignbot.BotTest;
import org.campaignbot.answer.followup.FollowUps;
import org.campaignbot.answer.followup.TopicNames;
import org.campaignbot.answer.followup.Turn;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The model's passages for a follow-up come from the document the conversation is about, as in the extractive mode. */
@BotTest
class PassageContentRetrieverTest {

    @Autowired
    HybridRetriever retriever;

    private final FollowUps followUps = new FollowUps(() -> TopicNames.of(List.of()));

    private String firstSource(String rewritten, String asked, String conversation) {
        var retrieve = new PassageContentRetriever(retriever, 5, followUps);
        Query query = Query.from(rewritten, Metadata.from(UserMessage.from(asked), conversation, List.of()));
        return retrieve.retrieve(query).get(0).textSegment().metadata().getString(PassageContentRetriever.SOURCE);
    }

    @Test
    void aRewrittenFollowUpPrefersTheDocumentThePreviousAnswerQuoted() {
        followUps.remember("speech-talk", Turn.of("抓学习促提升有哪些要求").quoting(SPEECH));
        assertThat(firstSource("抓执行促落实有哪些要求", "那抓执行促落实呢", "speech-talk")).isEqualTo(SPEECH);
        assertThat(firstSource("抓执行促落实有哪些要求", "那抓执行促落实呢", "new-talk")).isEqualTo(PLAN);
    }

    @Test
    void aQuestionThatStandsOnItsOwnIsNotWeighedByTheConversation() {
        followUps.remember("speech-talk-2", Turn.of("抓学习促提升有哪些要求").quoting(SPEECH));
        assertThat(firstSource("抓执行促落实有哪些要求", "抓执行促落实有哪些要求", "speech-talk-2")).isEqualTo(PLAN);
    }
}
