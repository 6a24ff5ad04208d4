package org.campaignbot.answer.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.table.TaskRow;
import org.junit.jupiter.api.Test;

/** The items of minutes that say who leads them and by when are read as task rows, for questions only. */
class ProseDutiesTest {
    static final String MINUTES = """
            xx县行动领导小组第一次会议纪要
            一、会议认为
            开展行动是重要部署。各单位要高度重视。
            二、会议议定事项
            1.关于干部专题轮训。由县委组织部牵头，县委党校配合，分三批开展专题轮训。县委常委、组织部部长陈晓梅同志负责，2027年一季度全部轮训完毕。
            2.关于工作经费保障。由县财政局负责，将工作经费列入县级财政预算。县财政局局长马骏同志负责，12月10日前提出经费安排建议。
            3.关于考核评价。由县委组织部牵头，县委督查室配合，将行动纳入年度考核。陈晓梅同志负责，2027年1月底前出台考核细则。
            4.关于宣传报道。县委宣传部要开设专栏，持续宣传。
            """;

    static DocumentCatalog catalog() throws Exception {
        return DocumentCatalog.of(List.of(new DocumentReader().parse(MINUTES.getBytes(StandardCharsets.UTF_8), "m.txt")));
    }

    @Test
    void anItemNamingItsLeadPersonAndDeadlineIsATaskRow() throws Exception {
        List<TaskRow> rows = ProseDuties.of(catalog().documents().get(0));
        assertThat(rows).extracting(TaskRow::task).containsExactly("干部专题轮训", "工作经费保障", "考核评价");
        TaskRow training = rows.get(0);
        assertThat(training.leadUnits()).containsExactly("县委组织部");
        assertThat(training.coUnits()).containsExactly("县委党校");
        assertThat(training.owner()).isEqualTo("陈晓梅");
        assertThat(training.deadline()).isEqualTo("2027年一季度");
        assertThat(training.note()).isEqualTo("2027年一季度全部轮训完毕");
        // a two-character name after a title, a lead that "负责", and a deadline after the person
        assertThat(rows.get(1).owner()).isEqualTo("马骏");
        assertThat(rows.get(1).leadUnits()).containsExactly("县财政局");
        assertThat(rows.get(1).deadline()).isEqualTo("12月10日前");
        assertThat(rows.get(2).note()).isEqualTo("2027年1月底前出台考核细则");
    }

    @Test
    void aPersonsDutiesInMinutesAreListedLikeATablesRows() throws Exception {
        Optional<DutyMatch> match = DutyFinder.find("陈晓梅负责哪些事", catalog());
        assertThat(match).isPresent();
        assertThat(match.get().rows()).extracting(f -> f.row().task()).containsExactly("干部专题轮训", "考核评价");
        String reply = DutyReply.of(match.get(), row -> Optional.empty()).text();
        assertThat(reply).contains("牵头单位：县委组织部", "责任人：陈晓梅", "完成时限：2027年1月底前", "1.关于干部专题轮训")
                .doesNotContain("宣传报道");
    }

    /** "由周海涛同志负责": a person after 由 answers for the item; the unit before is still its lead. */
    @Test
    void aPersonAfterYouIsTheOwnerNotALeadUnit() throws Exception {
        String minutes = """
                县领导小组会议纪要
                1.关于县级实施方案。会议原则同意实施方案，由县委办公室牵头修改完善，由周海涛同志负责，11月30日前完成印发。
                """;
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                new DocumentReader().parse(minutes.getBytes(StandardCharsets.UTF_8), "m.txt")));
        TaskRow row = ProseDuties.of(catalog.documents().get(0)).get(0);
        assertThat(row.owner()).isEqualTo("周海涛");
        assertThat(row.leadUnits()).containsExactly("县委办公室");
        assertThat(DutyFinder.personNamed("周海涛同志兼任主任。", catalog)).isEqualTo("周海涛");
    }

    /** "纪要里督办台账哪个单位牵头": a plan's row on the same task is not the minutes'. */
    @Test
    void theKindOfDocumentNamedPicksItsRows() throws Exception {
        String plan = """
                # xx市行动实施方案
                ## 四、重点任务清单
                | 序号 | 工作任务 | 牵头单位 | 责任人 | 完成时限 |
                |---|---|---|---|---|
                | 1 | 建立干部专题轮训制度 | 市委组织部 | 李明 | 2026年12月31日前 |
                """;
        var reader = new DocumentReader();
        DocumentCatalog catalog = DocumentCatalog.of(List.of(reader.parse(MINUTES.getBytes(StandardCharsets.UTF_8), "m.txt"),
                reader.parse(plan.getBytes(StandardCharsets.UTF_8), "p.md")));
        assertThat(DutyFinder.find("干部专题轮训哪个单位牵头", catalog).orElseThrow().rows()).hasSize(2);
        assertThat(DutyFinder.find("纪要里干部专题轮训哪个单位牵头", catalog).orElseThrow().rows())
                .extracting(f -> f.row().leadUnits().get(0)).containsExactly("县委组织部");
    }

    @Test
    void aRoleIsNoUnitAndAHandbooksQuestionNoTask() throws Exception {
        String text = """
                整改方案
                一、整改步骤
                （一）集中整改阶段。红色任务由包抓区级领导约谈责任单位主要负责同志，每周五前报送整改进展。
                二、应知应会
                19.问：什么是月度赛马？
                答：由市行动办负责，每月5日前公布各单位排名。
                """;
        var doc = new DocumentReader().parse(text.getBytes(StandardCharsets.UTF_8), "z.txt");
        assertThat(ProseDuties.of(DocumentCatalog.of(List.of(doc)).documents().get(0))).isEmpty();
    }
}
