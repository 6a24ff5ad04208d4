package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.answer.outline.SectionMatch;
import org.campaignbot.answer.outline.SectionReply;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.junit.jupiter.api.Test;

/** A task's "（责任单位：…；责任人：…；完成时限：…）" is never quoted in pieces when what stands under a heading is quoted. */
class DutyPiecesNotQuotedTest {
    static final String PLAN = """
            # xx市发改委工作方案
            ## 二、重点任务
            1.开办项目大讲堂。每月举办1期。
            2.推行项目秘书制度。本方案所称“项目秘书”，是指专门对接1个重点项目的业务干部。每个市级重点项目配备1名项目秘书。（责任单位：市发展改革委、各县区人民政府；责任人：王志刚；完成时限：2027年3月底前完成选派）
            """;

    @Test
    void anItemIsQuotedWithoutItsResponsibilityParenthesis() throws Exception {
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                new DocumentReader().parse(PLAN.getBytes(StandardCharsets.UTF_8), "p.md")));
        DocumentFacts doc = catalog.documents().get(0);
        var item = doc.outline().flatten().stream().filter(s -> s.heading().startsWith("2.推行")).findFirst().orElseThrow();
        String reply = SectionReply.of(new SectionMatch(doc, item)).text();
        assertThat(reply).contains("每个市级重点项目配备1名项目秘书").doesNotContain("责任人：")
                .doesNotContain("完成时限：").doesNotContain("责任单位：");
    }
}
