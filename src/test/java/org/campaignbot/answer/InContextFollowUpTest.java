package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignbot.BotTest;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A short question that finds nothing alone is asked again within the previous question of its conversation. */
@BotTest
class InContextFollowUpTest {
    @Autowired
    ConversationService conversation;
    @Autowired
    HybridRetriever retriever;

    private Reply ask(String conversationId, String text) {
        return conversation.handle(new IncomingMessage("web", conversationId, "u1", "张三", text, false, false));
    }

    @Test
    void aFollowUpWithItsOwnWordsIsAnsweredWithinThePreviousQuestion() {
        assertThat(ask("alone", "要追谁的责").citations()).as("declined without context").isEmpty();

        ask("talk", "查处违规 追责问责 讲话说是要营造个啥环境");
        Reply reply = ask("talk", "要追谁的责");
        assertThat(reply.text()).contains("追责");
        assertThat(reply.citations()).isNotEmpty();
    }

    @Test
    void aQuestionWhoseWordsTheAnswerWithinThePreviousOneLacksIsDeclined() {
        // in a group chat unrelated questions follow each other: the previous question alone must not answer them
        ask("canteen", "政务服务局的工作方案总体思路是什么");
        assertThat(ask("canteen", "今天食堂吃什么").citations()).isEmpty();
        ask("canteen", "政务服务局的工作方案总体思路是什么");
        assertThat(ask("canteen", "社保卡丢了怎么补办啊").citations()).isEmpty();
    }

    @Test
    void aQuestionOfQuestionWordsAndSingleCharactersNamesNoTopicOfItsOwn() {
        // such a question is asked again within the previous one when it found its answer in another document
        assertThat(retriever.namesATopic("执行是检验什么的标准")).isTrue();
        assertThat(retriever.namesATopic("每回得学多长时间")).isFalse();
        // a topic no document knows is a topic all the same
        assertThat(retriever.namesATopic("招商引资有什么任务")).isTrue();
    }

    @Test
    void aNewTopicInWordsNoDocumentKnowsOrInTheCampaignsOwnWordsIsDeclined() {
        // declined alone, and in a group chat not answered with what the previous question found: 招商引资 is a topic
        // of its own though no document knows it, and 行动 in 县行动办 is a word of every passage
        ask("group", "执行是检验啥的标准");
        assertThat(ask("group", "招商引资有什么任务").citations()).isEmpty();
        ask("group", "动员会讲话为啥强调不搞花架子 不做表面文章");
        assertThat(ask("group", "县行动办是个啥机构").citations()).isEmpty();
        ask("group", "抓学习促提升有哪些要求");
        assertThat(ask("group", "县行动办是个啥机构").citations()).isEmpty();
    }

    @Test
    void aNewTopicIsStillDeclined() {
        ask("topic", "抓学习促提升有哪些要求");
        assertThat(ask("topic", "乡村振兴搞得咋样").citations()).isEmpty();
        assertThat(ask("topic", "乡村振兴有哪些任务").citations()).isEmpty();
        assertThat(ask("topic", "专项经费有多少").citations()).isEmpty();
    }
}
