package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.answer.followup.FollowUpResolver;
import org.campaignbot.answer.followup.Turn;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;
import org.junit.jupiter.api.Test;

/** "那第三条具体说说" after a reply that quotes a list means the third item of that list. */
class QuotedItemsTest {
    static final Citation SPEECH = new Citation("推进会讲话", "二、突出抓好下一阶段重点工作 > （二）在狠抓落实上下功夫", "");

    @Test
    void theItemsOfAQuotedListAreTakenByTheirFirstClauseWithTheirDocument() {
        Reply reply = Reply.withSources("""
                “（二）在狠抓落实上下功夫。一是盯紧时间节点，对超过时限的任务逐项分析原因。”[1]
                “二是压实工作责任，牵头单位主要负责同志每月至少听取1次工作汇报；三是强化跟踪问效，行动办每月汇总通报。”[1]
                """, List.of(SPEECH));
        List<String> items = QuotedItems.of(reply);
        assertThat(items).containsExactly("《推进会讲话》一是盯紧时间节点", "《推进会讲话》二是压实工作责任",
                "《推进会讲话》三是强化跟踪问效");
        Turn turn = new Turn("推进会上狠抓落实分了哪几条", "", "", "", items);
        assertThat(FollowUpResolver.resolve("那第三条具体说说", turn, List.of()))
                .isEqualTo("《推进会讲话》三是强化跟踪问效具体说说");
    }

    @Test
    void aReplyWithoutAListHasNoItems() {
        Reply reply = Reply.withSources("“一是学习热潮持续掀起。”[1]\n“执行是检验工作成效的重要标准。”[1]\n", List.of(SPEECH));
        assertThat(QuotedItems.of(reply)).isEmpty();
    }

    @Test
    void aPartFoundByItsHeadingThatListsItsPointsInProseGivesThemAsItems() throws Exception {
        var catalog = org.campaignbot.knowledge.structure.DocumentCatalog.of(List.of(new org.campaignbot.knowledge.load
                .DocumentReader().parse("""
                推进会讲话
                二、突出抓好下一阶段重点工作
                （一）在学深悟透上下功夫。要坚持学以致用。
                （二）在狠抓落实上下功夫。一是盯紧时间节点，实行挂图作战。二是压实工作责任，每项任务都要明确到具体单位和具体人。三是强化跟踪问效，行动办每月汇总通报。
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "tuijinhui.txt")));
        // "在狠抓落实上下功夫" is named by what stands between 在 and 上
        var part = org.campaignbot.answer.outline.SectionFinder.find("推进会上狠抓落实分了哪几条", catalog, List.of())
                .orElseThrow();
        Reply reply = org.campaignbot.answer.outline.SectionReply.of(part);
        List<String> items = QuotedItems.of(reply);
        assertThat(items).hasSize(3);
        assertThat(FollowUpResolver.resolve("那第三条具体说说", new Turn("推进会上狠抓落实分了哪几条", "", "", "", items),
                List.of())).endsWith("三是强化跟踪问效具体说说");
    }
}
