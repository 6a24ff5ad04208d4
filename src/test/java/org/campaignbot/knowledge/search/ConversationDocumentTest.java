package org.campaignbot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaignbot.knowledge.ShippedTitles.PLAN;
import static org.campaignbot.knowledge.ShippedTitles.SPEECH;

import org.campaignbot.BotTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A follow-up prefers the document its conversation's previous answer quoted, unless it names where to look. */
@BotTest
class ConversationDocumentTest {

    @Autowired
    HybridRetriever retriever;

    private String first(String question, ConversationDocument conversation) {
        return retriever.search(question, 5, conversation).passages().get(0).chunk().title();
    }

    @Test
    void aQuestionBothDocumentsAnswerIsAnsweredFromTheOneTheConversationIsAbout() {
        assertThat(first("抓执行促落实有哪些要求", ConversationDocument.NONE)).isEqualTo(PLAN);
        assertThat(first("抓执行促落实有哪些要求", ConversationDocument.of(SPEECH))).isEqualTo(SPEECH);
        assertThat(first("怎么抓落实", ConversationDocument.NONE)).isEqualTo(SPEECH);
        assertThat(first("怎么抓落实", ConversationDocument.of(PLAN))).isEqualTo(PLAN);
    }

    @Test
    void aPassageOfAnotherDocumentThatAnswersClearlyStillComesFirst() {
        assertThat(first("宣传怎么搞", ConversationDocument.of(PLAN))).isEqualTo(SPEECH);
    }

    @Test
    void aQuestionThatNamesWhereToLookIsNotWeighedByTheConversation() {
        assertThat(first("方案里抓执行促落实有哪些要求", ConversationDocument.of(SPEECH))).isEqualTo(PLAN);
        assertThat(first("讲话里怎么抓落实", ConversationDocument.of(PLAN))).isEqualTo(SPEECH);
    }

    @Test
    void onlyAnotherDocumentThanTheConversationsWeighsLess() {
        assertThat(ConversationDocument.of(SPEECH).weight(PLAN, false)).isEqualTo(ConversationDocument.OTHER);
        assertThat(ConversationDocument.of(SPEECH).weight(SPEECH, false)).isEqualTo(1.0);
        assertThat(ConversationDocument.of(SPEECH).weight(PLAN, true)).isEqualTo(1.0);
        assertThat(ConversationDocument.of("").weight(PLAN, false)).isEqualTo(1.0);
        assertThat(ConversationDocument.of(null)).isEqualTo(ConversationDocument.NONE);
    }
}
