package org.campaignbot.answer.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.table.DutyParenthesis;
import org.campaignbot.knowledge.table.TaskRow;
import org.junit.jupiter.api.Test;

/** Plans that close each task with a parenthesis of who leads it and by when, instead of a task table. */
class DutyParenthesisTest {
    static final String PLAN = """
            # xx市发改委重点项目工作方案
            ## 二、重点任务
            （一）抓学习促提升
            1.开办“项目大讲堂”。每月举办1期，由委领导和业务骨干轮流授课。（牵头单位：市发展改革委；配合单位：市委党校、市自然资源局；责任人：王志刚；完成时限：2027年12月底前）
            2.推行项目秘书制度。每个市级重点项目配备1名项目秘书，专门对接项目。（责任单位：市发展改革委,市投资促进局，责任人：王志刚，完成时限：2027年3月底前完成选派）
            （二）抓执行促落实
            1.实行“四个一”包抓机制。重点项目由市级领导包抓。（市发展改革委牵头，各县区人民政府落实，持续推进）
            2.建立市县两级项目储备库。全年新谋划储备项目不少于300个。
            3.积极争取上级资金支持。全年争取资金85亿元以上。（以上两项牵头单位：市发展改革委；配合单位：市财政局；完成时限：2027年10月底前）
            4.开展签约项目落地攻坚。对近三年签约但未开工的项目逐个登记。（责任单位：市投资促进局;责任人：孙红梅;完成时限：2027年8月底前）
            """;

    static DocumentCatalog catalog() throws Exception {
        return DocumentCatalog.of(List.of(new DocumentReader().parse(PLAN.getBytes(StandardCharsets.UTF_8), "p.md")));
    }

    @Test
    void labelsSeparatedByEitherWidthOfSemicolonOrCommaAreRead() {
        DutyParenthesis full = DutyParenthesis.in("（牵头单位：市发展改革委；配合单位：市委党校、市自然资源局；责任人：王志刚；"
                + "完成时限：2027年12月底前）");
        assertThat(full.leads()).containsExactly("市发展改革委");
        assertThat(full.co()).containsExactly("市委党校", "市自然资源局");
        assertThat(full.owner()).isEqualTo("王志刚");
        assertThat(full.deadline()).isEqualTo("2027年12月底前");
        DutyParenthesis ascii = DutyParenthesis.in("(责任单位:市投资促进局;责任人:孙红梅;完成时限:2027年8月底前)");
        assertThat(ascii.leads()).containsExactly("市投资促进局");
        assertThat(ascii.owner()).isEqualTo("孙红梅");
        assertThat(ascii.deadline()).isEqualTo("2027年8月底前");
        // 责任单位 beside a lead unit carry the task out with it
        DutyParenthesis both = DutyParenthesis.in("（牵头单位：市自然资源局；责任单位：各县区人民政府，完成时限：持续推进）");
        assertThat(both.leads()).containsExactly("市自然资源局");
        assertThat(both.co()).containsExactly("各县区人民政府");
        assertThat(both.deadline()).isEqualTo("持续推进");
    }

    @Test
    void aPieceOfAParenthesisIsDutiesNotProseToQuote() {
        assertThat(DutyParenthesis.isDutyText("配合单位：市发展改革委、人民银行xx市分行;责任人：陈卫东;完成时限：2027年12月底前）")).isTrue();
        assertThat(DutyParenthesis.isDutyText("（以上两项牵头单位：市发展改革委；完成时限：2027年10月底前）")).isTrue();
        assertThat(DutyParenthesis.isDutyText("每季度召开1次政银企对接会，推动金融机构为重点项目开辟信贷“绿色通道”。")).isFalse();
        assertThat(DutyParenthesis.isDutyText("由市发展改革委召集，市自然资源局等部门参加。")).isFalse();
    }

    @Test
    void theShortFormAndSharedParenthesesAreRead() {
        DutyParenthesis shortForm = DutyParenthesis.in("…包抓。（市发展改革委牵头，各县区人民政府落实，持续推进）");
        assertThat(shortForm.leads()).containsExactly("市发展改革委");
        assertThat(shortForm.co()).containsExactly("各县区人民政府");
        assertThat(shortForm.deadline()).isEqualTo("持续推进");
        assertThat(DutyParenthesis.in("（以上两项牵头单位：市发展改革委；完成时限：2027年10月底前）").items()).isEqualTo(2);
        // a parenthesis that is no list of duties
        assertThat(DutyParenthesis.in("分三个阶段（2027年3月31日前）推进")).isNull();
        assertThat(DutyParenthesis.in("（简称行动办）设在市委办公室")).isNull();
    }

    @Test
    void eachItemWithAParenthesisIsATaskRowAndSharedOnesCoverTheItemsBefore() throws Exception {
        List<TaskRow> rows = catalog().documents().get(0).rows();
        assertThat(ProseDuties.of(catalog().documents().get(0))).isEmpty(); // the document's own rows, not prose's
        assertThat(rows).extracting(TaskRow::task).containsExactly("开办“项目大讲堂”", "推行项目秘书制度",
                "实行“四个一”包抓机制", "建立市县两级项目储备库", "积极争取上级资金支持", "开展签约项目落地攻坚");
        assertThat(rows.get(3).deadline()).isEqualTo("2027年10月底前");
        assertThat(rows.get(3).leadUnits()).containsExactly("市发展改革委");
        assertThat(rows.get(1).deadline()).isEqualTo("2027年3月底前完成选派");
        assertThat(rows.get(1).leadUnits()).containsExactly("市发展改革委", "市投资促进局");
    }

    @Test
    void aPersonsTasksAndOneTasksDeadlineAreAnsweredAsForATable() throws Exception {
        DutyMatch wang = DutyFinder.find("王志刚一共管几项", catalog()).orElseThrow();
        assertThat(wang.rows()).extracting(f -> f.row().task()).containsExactly("开办“项目大讲堂”", "推行项目秘书制度");
        String reply = DutyReply.of(wang, row -> Optional.empty()).text();
        assertThat(reply).contains("王志刚负责的任务（共 2 项）", "牵头单位：市发展改革委；配合单位：市委党校、市自然资源局",
                "完成时限：2027年3月底前完成选派");
        DutyMatch unit = DutyFinder.find("市投资促进局分了哪些活", catalog()).orElseThrow();
        assertThat(unit.rows()).extracting(f -> f.row().task()).containsExactly("推行项目秘书制度", "开展签约项目落地攻坚");
        DutyMatch land = DutyFinder.find("签约项目落地攻坚谁负责", catalog()).orElseThrow();
        assertThat(land.rows()).extracting(f -> f.row().owner()).containsExactly("孙红梅");
    }

    @Test
    void aTaskQuestionInOtherWordsTakesTheTaskOfTheItemRankedFirst() throws Exception {
        DocumentCatalog catalog = catalog();
        String question = "项目秘书最晚什么时候得派到位";
        assertThat(DutyFinder.find(question, catalog)).isEmpty(); // too few of its words in the task's title
        Chunk item = new Chunk("p.md#2", "p.md", "xx市发改委重点项目工作方案", "二、重点任务 > （一）抓学习促提升",
                "2.推行项目秘书制度。每个市级重点项目配备1名项目秘书，专门对接项目。", false);
        List<Passage> ranked = List.of(new Passage(item, 1, 0.7, List.of()));
        DutyMatch match = DutyFinder.ofFirstPassage(question, catalog, ranked).orElseThrow();
        assertThat(match.rows()).extracting(f -> f.row().deadline()).containsExactly("2027年3月底前完成选派");
        // a question that asks no who, unit or deadline is the passages' to answer
        assertThat(DutyFinder.ofFirstPassage("项目秘书是干啥的", catalog, ranked)).isEmpty();
    }

    @Test
    void ofTasksOfOneDocumentFoundByTheirWordsTheOneRankedFirstAnswersAQuestionAboutOne() throws Exception {
        DocumentCatalog catalog = catalog();
        List<DutyMatch.Found> reserve = Rows.of(catalog).all().stream()
                .filter(f -> f.row().task().contains("储备库") || f.row().task().contains("上级资金")).toList();
        DutyMatch two = new DutyMatch("", reserve, 0, org.campaignbot.knowledge.table.TaskAsk.of("截止到啥时候"));
        assertThat(two.rows()).hasSize(2);
        Chunk item = new Chunk("p.md#5", "p.md", "t", "s", "3.积极争取上级资金支持。全年争取资金85亿元以上。", false);
        List<Passage> ranked = List.of(new Passage(item, 1, 0.7, List.of()));
        assertThat(DutyFinder.preferFirstPassage(two, "项目储备库和上级资金这两项截止到啥时候", ranked).rows()).hasSize(2);
        DutyMatch one = new DutyMatch("", two.rows(), 0, two.ask());
        assertThat(DutyFinder.preferFirstPassage(one, "争取上级资金那件事啥时候完成", ranked).rows())
                .extracting(f -> f.row().task()).containsExactly("积极争取上级资金支持");
    }
}
