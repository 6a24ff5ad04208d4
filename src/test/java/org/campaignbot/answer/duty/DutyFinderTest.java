package org.campaignbot.answer.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.message.Reply;
import org.junit.jupiter.api.Test;

/** Duty questions answered from task tables as data: whole rows, every matching row, in every document. */
class DutyFinderTest {
    static final String PLAN_A = """
            # 甲方案

            ## 四、任务清单

            | 序号 | 工作任务 | 牵头单位 | 配合单位 | 责任人 | 完成时限 |
            |---|---|---|---|---|---|
            | 1 | 简化审批流程 | 市政务服务管理局 | 市发展改革委；市司法局 | 张三 | 2027年9月30日前 |
            | 2 | 推行一网通办 | 市政务服务管理局 | 市大数据中心;市工信局 | 张三 | 2027年12月31日前 |
            | 3 | 制定容错纠错实施办法 | 市纪委监委 | 市委组织部 | 吴刚 | 2027年3月31日前 |
            """;
    static final String PLAN_B = """
            # 乙方案

            ## 三、任务分工

            | 序号 | 任务内容 | 责任单位 | 协办单位 | 负责人 | 时间节点 |
            |---|---|---|---|---|---|
            | 1 | 编制最多跑一次事项清单 | 政务服务科 | 市直各部门 | 张三 | 2027-08-15 |
            | 2 | 举办业务技能比武 | 局机关党委 | 局办公室 | 王芳 | 每季度末 |
            """;

    static DocumentCatalog catalog() throws Exception {
        DocumentReader reader = new DocumentReader();
        return DocumentCatalog.of(List.of(reader.parse(PLAN_A.getBytes(StandardCharsets.UTF_8), "a.md"),
                reader.parse(PLAN_B.getBytes(StandardCharsets.UTF_8), "b.md")));
    }

    @Test
    void unitsSeparatedByFullWidthAndAsciiSemicolonsAreEachAUnit() throws Exception {
        var rows = catalog().rows();
        assertThat(rows.get(0).coUnits()).containsExactly("市发展改革委", "市司法局");
        assertThat(rows.get(1).coUnits()).containsExactly("市大数据中心", "市工信局");
        // a row is one sentence: cells joined by commas, so sentence splitting never cuts it at a semicolon
        assertThat(rows.get(0).sentence()).doesNotContain("；责任人").contains("责任人：张三");
    }

    @Test
    void aPersonWithThreeTasksInTwoDocumentsGetsAllThree() throws Exception {
        DutyMatch m = DutyFinder.find("张三负责哪些任务", catalog()).orElseThrow();
        assertThat(m.rows()).extracting(f -> f.row().task())
                .containsExactly("简化审批流程", "推行一网通办", "编制最多跑一次事项清单");
        Reply reply = DutyReply.of(m, row -> Optional.empty());
        assertThat(reply.text()).contains("张三负责的任务（共 3 项）", "2027年9月30日前", "2027年12月31日前", "2027-08-15",
                "牵头单位：政务服务科", "配合单位：市发展改革委、市司法局");
        assertThat(reply.citations()).extracting(c -> c.source()).containsExactly("甲方案", "乙方案");
    }

    @Test
    void aPlanKeptTwiceListsEachTaskOnce() throws Exception {
        DocumentReader reader = new DocumentReader();
        var twice = DocumentCatalog.of(List.of(reader.parse(PLAN_A.getBytes(StandardCharsets.UTF_8), "a.md"),
                reader.parse(PLAN_A.getBytes(StandardCharsets.UTF_8), "copy/a.md")));
        assertThat(DutyFinder.find("张三负责哪些任务", twice).orElseThrow().rows()).hasSize(2);
    }

    @Test
    void aTaskIsFoundByItsWordsAndAnsweredWithItsLeadUnitAndDeadline() throws Exception {
        DutyMatch m = DutyFinder.find("容错纠错实施办法由哪个单位牵头？什么时候完成？", catalog()).orElseThrow();
        assertThat(m.rows()).hasSize(1);
        String text = DutyReply.of(m, row -> Optional.of("🟢正常")).text();
        assertThat(text).contains("市纪委监委", "2027年3月31日前", "台账：🟢正常");
    }

    @Test
    void aUnitIsAnsweredWithTheTasksItLeadsThenThoseItSupports() throws Exception {
        DutyMatch m = DutyFinder.find("市委组织部要做什么", catalog()).orElseThrow();
        assertThat(m.rows()).extracting(f -> f.row().task()).containsExactly("制定容错纠错实施办法");
        assertThat(m.coRows()).isEqualTo(1);
        DutyMatch leads = DutyFinder.find("政务服务管理局牵头哪些任务", catalog()).orElseThrow();
        assertThat(leads.rows()).hasSize(2);
    }

    @Test
    void theDocumentAQuestionLooksInDoesNotNarrowTheTasks() throws Exception {
        String plan = """
                # 政务局工作方案

                | 序号 | 任务内容 | 责任单位 | 协办单位 | 负责人 | 时间节点 |
                |---|---|---|---|---|---|
                | 1 | 组织政务讲堂集中学习 | 局机关党委 | 局办公室 | 何丽 | 长期坚持 |
                | 2 | 推行周末不打烊延时服务 | 市政务服务中心 | 局办公室 | 郑涛 | 2027年3月1日起 |
                """;
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                new DocumentReader().parse(plan.getBytes(StandardCharsets.UTF_8), "plan.md")));
        // "政务局方案里" names where to look, not the 政务讲堂 task
        DutyMatch m = DutyFinder.find("政务局方案里局办公室当协办的有哪些", catalog).orElseThrow();
        assertThat(m.rows()).extracting(f -> f.row().task()).containsExactly("组织政务讲堂集中学习", "推行周末不打烊延时服务");
    }

    @Test
    void aNoticesTableWithOtherColumnNamesIsReadToo() throws Exception {
        String notice = """
                xx局关于开展作风整治的通知

                四、任务分工

                | 序号 | 整治事项 | 责任领导 | 责任科室 | 完成时间 | 备注 |
                |---|---|---|---|---|---|
                | 1 | 开展执法专项检查 | 宋晓燕 | 综合执法支队 | 2027年3月31日前 | 配合科室：政策法规科 |
                """;
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                new DocumentReader().parse(notice.getBytes(StandardCharsets.UTF_8), "notice.md")));
        DutyMatch m = DutyFinder.find("宋晓燕管啥", catalog).orElseThrow();
        Reply reply = DutyReply.of(m, row -> Optional.empty());
        assertThat(reply.text()).contains("开展执法专项检查", "牵头单位：综合执法支队", "责任人：宋晓燕",
                "完成时限：2027年3月31日前", "备注：配合科室：政策法规科");
    }

    @Test
    void aTablesOtherColumnsAreShownByTheirNamesAndFindTheRow() throws Exception {
        String plan = """
                南岭区督查反馈问题整改方案

                三、整改任务清单

                | 序号 | 整改问题 | 整改措施 | 责任单位 | 责任人 | 整改时限 | 完成标志 |
                |---|---|---|---|---|---|---|
                | 1 | 工作群过多、过度留痕 | 清理精简工作群，严控会议和发文数量 | 区委办公室 | 邓晓光 | 2027年5月20日前 | 工作群精简50%以上 |
                | 2 | “庸懒散拖”问题 | 开展专项整治，查实问题点名道姓通报 | 区纪委监委 | 曾敏 | 2027年8月31日前 | 通报典型问题 |
                """;
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                new DocumentReader().parse(plan.getBytes(StandardCharsets.UTF_8), "plan.md")));
        // the question names the problem, which only the 整改问题 column holds
        DutyMatch m = DutyFinder.find("工作群过多 留痕那一项谁负责", catalog).orElseThrow();
        assertThat(m.rows()).extracting(f -> f.row().task()).containsExactly("清理精简工作群，严控会议和发文数量");
        assertThat(DutyReply.of(m, row -> Optional.empty()).text())
                .contains("责任人：邓晓光", "整改问题：工作群过多、过度留痕", "完成标志：工作群精简50%以上");
    }

    @Test
    void aRowIsFoundByItsNumberInTheDocumentTheQuestionNames() throws Exception {
        DutyMatch third = DutyFinder.find("甲方案任务清单第3项是啥 谁负责", catalog()).orElseThrow();
        assertThat(third.rows()).extracting(f -> f.row().task()).containsExactly("制定容错纠错实施办法");
        assertThat(third.title()).isEqualTo("《甲方案》任务清单第3项：");
        DutyMatch second = DutyFinder.find("乙方案分工表里第二条谁负责", catalog()).orElseThrow();
        assertThat(second.rows()).extracting(f -> f.row().task()).containsExactly("举办业务技能比武");
        // no such row: not some other row of either plan, and nothing answers it
        assertThat(DutyFinder.find("乙方案任务清单第3项是啥", catalog())
                .map(m -> m.rows().stream().map(f -> f.row().task()).toList()).orElse(List.of()))
                .doesNotContain("制定容错纠错实施办法");
        assertThat(DutyFinder.asksForAMissingRow("乙方案任务清单第3项是啥", catalog())).isTrue();
        assertThat(DutyFinder.asksForAMissingRow("甲方案任务清单第3项是啥", catalog())).isFalse();
        assertThat(DutyFinder.asksForAMissingRow("任务清单第3项是啥", catalog())).as("no single document named").isFalse();
    }

    @Test
    void aDeadlineSelectsTheRowsDueThen() throws Exception {
        DutyMatch m = DutyFinder.find("每季度末要完成的任务有哪些", catalog()).orElseThrow();
        assertThat(m.rows()).extracting(f -> f.row().owner()).containsExactly("王芳");
    }

    @Test
    void questionsThatNoTableAnswersAreLeftToRetrieval() throws Exception {
        assertThat(DutyFinder.find("执行是检验什么的标准", catalog())).isEmpty();
        assertThat(DutyFinder.find("乡村振兴谁负责", catalog())).isEmpty();
    }

    @Test
    void tasksDueByAMonthAreListedFromTheDocumentTheQuestionNames() throws Exception {
        DutyMatch m = DutyFinder.find("乙方案里 8月底前要完成哪些任务", catalog()).orElseThrow();
        assertThat(m.rows()).extracting(f -> f.row().task()).containsExactly("编制最多跑一次事项清单");
        DutyMatch both = DutyFinder.find("9月底前要完成哪些任务", catalog()).orElseThrow();
        assertThat(both.rows()).extracting(f -> f.row().task())
                .containsExactlyInAnyOrder("简化审批流程", "制定容错纠错实施办法", "编制最多跑一次事项清单");
        assertThat(DutyReply.of(both, r -> Optional.empty()).text()).startsWith("9月底前要完成的任务（共 3 项）");
    }
}
