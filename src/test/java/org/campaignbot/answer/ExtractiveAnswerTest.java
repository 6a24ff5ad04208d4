package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.campaignbot.BotTest;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.knowledge.GoldSet;
import org.campaignbot.knowledge.KnowledgeView;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The default answerer quotes word for word, stays short, cites its sources, and declines off-topic questions. */
@BotTest
class ExtractiveAnswerTest {
    @Autowired
    ConversationService conversation;
    @Autowired
    KnowledgeView knowledge;

    private Reply ask(String text) {
        return conversation.handle(IncomingMessage.direct("web", "u1", "张三", text));
    }

    @Test
    void answersTheThreeActionsWithQuoteAndCitation() {
        Reply reply = ask("三抓三促是哪三项行动?");
        assertThat(reply.text()).contains("抓学习促提升", "抓执行促落实", "抓效能促发展", "出处", "《");
        assertThat(reply.citations()).isNotEmpty();
    }

    /** A phone number or a web address that no document holds is declined, even for a person the task table lists. */
    @Test
    void declinesAKindOfAnswerNoPassageHolds() {
        // a conversation of its own: the other tests' questions must not be read as follow-ups of these
        java.util.function.Function<String, String> ask = text -> conversation.handle(
                IncomingMessage.direct("web", "kinds", "李四", text)).text();
        assertThat(ask.apply("张三的联系电话是多少")).startsWith("知识库中没有找到");
        assertThat(ask.apply("督办台账在哪个系统填报，网址发一下")).startsWith("知识库中没有找到");
        assertThat(ask.apply("张三负责哪些任务")).contains("张三负责的任务");
    }

    /** "第三部分为啥…" asks for the reason the part gives, not for the list of its points. */
    @Test
    void aWhyQuestionAboutAPartGetsItsReasonNotItsPoints() {
        String reply = conversation.handle(IncomingMessage.direct("web", "why-part", "赵六",
                "讲话第三部分为啥专门强调加强组织领导")).text();
        assertThat(reply).contains("关键在于组织领导").doesNotContain("个部分：");
    }

    /** A short question with a topic no document knows is not read as a follow-up of the previous answer's topic. */
    @Test
    void aShortQuestionOnAnUnknownTopicIsNoFollowUp() {
        java.util.function.Function<String, String> ask = text -> conversation.handle(
                IncomingMessage.direct("web", "topics", "王五", text)).text();
        assertThat(ask.apply("张三负责哪些任务")).contains("张三负责的任务");
        assertThat(ask.apply("红烧肉怎么做")).startsWith("知识库中没有找到与“红烧肉怎么做”");
        assertThat(ask.apply("张三负责哪些任务")).contains("张三负责的任务");
        assertThat(ask.apply("这几项分别啥时候完成")).contains("完成时限");
    }

    @Test
    void quotesAreVerbatimShortAndCited() throws Exception {
        List<String> missed = new ArrayList<>();
        var gold = GoldSet.questions();
        for (var g : gold) {
            Reply reply = ask(g.question());
            if (reply.citations().isEmpty()) {
                missed.add(g.question() + " → declined");
                continue;
            }
            List<String> quotes = quotes(reply.text());
            // a duty answer lists the task table's cells instead of quoting sentences
            boolean taskList = reply.text().contains("完成时限：");
            assertThat(!quotes.isEmpty() || taskList).as("quotes or a task list: " + reply.text()).isTrue();
            int quoted = 0;
            for (String quote : quotes) {
                quoted += quote.length();
                assertThat(reply.citations()).as("verbatim: " + quote).anyMatch(c -> c.text().contains(quote));
            }
            assertThat(quoted).as("short: " + g.question()).isLessThanOrEqualTo(ExtractiveAnswerer.MAX_QUOTE_CHARS + 200);
            if (System.getenv("SHOW_ANSWERS") != null) {
                System.out.println("Q " + g.question() + "\n" + reply.text());
            }
            // rows are searched as "工作任务：…，牵头单位：…" but shown as cells, without the column names
            if (!reply.text().contains(g.phrase().replaceFirst("^工作任务：", ""))) {
                missed.add(g.question() + " → " + reply.text().lines().findFirst().orElse(""));
            }
        }
        double rate = 1 - missed.size() / (double) gold.size();
        System.out.printf("Extractive answers quoting the gold phrase: %.3f%n", rate);
        missed.forEach(m -> System.out.println("  missed: " + m));
        assertThat(rate).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void declinesPlainlyWithoutCitations() {
        Reply reply = ask("红烧肉怎么做");
        assertThat(reply.citations()).isEmpty();
        assertThat(reply.text()).startsWith("知识库中没有找到与“红烧肉怎么做”相关的内容");
    }

    /**
     * The quoted parts of a reply: text between “ and the ”[n] that closes it, on a line of its own or as an item of
     * a list ("2. “heading”“first sentence”[1]", split where one quotation ends and the next begins).
     */
    static List<String> quotes(String reply) {
        List<String> out = new ArrayList<>();
        for (String line : reply.split("\n")) {
            String l = line.replaceFirst("^\\d+\\. ", "");
            int close = l.lastIndexOf("”[");
            if (l.startsWith("“") && close > 0) {
                out.addAll(List.of(l.substring(1, close).split("”“")));
            }
        }
        return out;
    }

    @Test
    void aQuestionHowTheSpeechCharacterisesTheCampaignIsAnsweredByTheSentenceThatDoes() {
        // not by the part "第一,开展…行动,是…的现实需要", whose heading shares the question's words
        Reply reply = ask("开展三抓三促 讲话里是怎么定位的 说它是啥");
        assertThat(reply.text()).contains("务实举措", "关键手段");
    }

    @Test
    void aLineOfWorkNoDocumentKnowsIsDeclined() {
        // not answered with how the campaign is 安排部署
        assertThat(ask("防汛工作怎么安排").citations()).isEmpty();
        assertThat(ask("宣传工作怎么搞").citations()).isNotEmpty();
        assertThat(ask("讲话里说要以什么样的紧迫感和责任感投入工作").citations()).isNotEmpty();
    }
}
