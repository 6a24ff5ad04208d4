package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.Deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.campaignbot.knowledge.load.DocumentReader;
import org.junit.jupiter.api.Test;

class PlanTableExtractorTest {
    final DocumentReader reader = new DocumentReader();

    @Test
    void theSamplePlansTaskTable() throws Exception {
        var doc = reader.read(Path.of("knowledge/plan-sanzhua-sancu-sample.md"), "plan-sanzhua-sancu-sample.md");
        List<PlanTask> tasks = PlanTableExtractor.extract(doc, 2026);
        assertThat(tasks).hasSize(19);
        PlanTask t13 = tasks.get(12);
        assertThat(t13.no()).isEqualTo("13");
        assertThat(t13.title()).isEqualTo("开展营商环境提升行动，建立企业诉求“接诉即办”机制");
        assertThat(t13.leadUnit()).isEqualTo("市发展改革委");
        assertThat(t13.coUnits()).containsExactly("市政务服务管理局", "市工信局");
        assertThat(t13.owner()).isEqualTo("刘洋");
        assertThat(t13.deadline().date()).isEqualTo(LocalDate.of(2027, 4, 30));
        // the title names no year; most deadlines in the table say 2027, so 年底前 means the end of 2027
        assertThat(tasks.get(17).deadline().date()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(tasks).extracting(t -> t.deadline().kind()).doesNotContain(Deadline.Kind.UNREADABLE);
    }

    @Test
    void aDocxTableWithOtherColumnNamesIsReadAndOtherTablesAreIgnored() throws Exception {
        byte[] docx;
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("2026年“三抓三促”重点工作任务分解表");
            XWPFTable contacts = document.createTable(2, 2); // not a task table
            fill(contacts, List.of("姓名", "电话"), List.of("张三", "13800000000"));
            XWPFTable tasks = document.createTable(3, 5);
            fill(tasks, List.of("编号", "重点任务", "责任单位", "负责人", "时间节点"),
                    List.of("一", "完善容错纠错机制", "市纪委监委、市委组织部", "吴刚", "11月底前"),
                    List.of("二", "开展作风建设专项整治", "市委督查室", "", "每季度末"));
            document.write(out);
            docx = out.toByteArray();
        }
        var doc = reader.parse(docx, "plans/分解表.docx");
        List<PlanTask> rows = PlanTableExtractor.extract(doc, 2030);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).no()).isEqualTo("一");
        assertThat(rows.get(0).leadUnit()).isEqualTo("市纪委监委");
        assertThat(rows.get(0).coUnits()).containsExactly("市委组织部"); // further lead units become co-operating ones
        assertThat(rows.get(0).deadline().date()).isEqualTo(LocalDate.of(2026, 11, 30)); // year from the title
        assertThat(rows.get(1).deadline().kind()).isEqualTo(Deadline.Kind.QUARTERLY);
        assertThat(rows.get(1).source()).isEqualTo("plans/分解表.docx");
    }

    @Test
    void withoutAnyYearTheFallbackYearIsUsed() throws Exception {
        var doc = reader.parse("""
                # 工作安排

                | 工作内容 | 完成时限 |
                |---|---|
                | 整理台账 | 年底前 |
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.md");
        assertThat(PlanTableExtractor.extract(doc, 2031).get(0).deadline().date()).isEqualTo(LocalDate.of(2031, 12, 31));
    }

    @SafeVarargs
    private static void fill(XWPFTable table, List<String>... rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].size(); c++) {
                table.getRow(r).getCell(c).setText(rows[r].get(c));
            }
        }
    }

    /** A plan with no task table, whose items end with who leads them and by when, is a plan of the ledger too. */
    @Test
    void aPlansItemsWithResponsibilityParenthesesAreTasks() throws Exception {
        String plan = """
                # xx市发改委重点项目工作方案
                ## 二、重点任务
                1.开办“项目大讲堂”。每月举办1期。（牵头单位：市发展改革委；配合单位：市委党校、市自然资源局；责任人：王志刚；完成时限：2027年12月底前）
                2.推行项目秘书制度。每个重点项目配备1名项目秘书。（责任单位：市投资促进局,各县区人民政府，责任人：孙红梅，完成时限：2027年3月底前完成选派）
                3.实行“四个一”包抓机制。（市发展改革委牵头，各县区人民政府落实，持续推进）
                """;
        var doc = reader.parse(plan.getBytes(java.nio.charset.StandardCharsets.UTF_8), "fagai.txt");
        List<PlanTask> tasks = PlanTableExtractor.extract(doc, 2026);
        assertThat(tasks).extracting(PlanTask::title).containsExactly("开办“项目大讲堂”", "推行项目秘书制度", "实行“四个一”包抓机制");
        assertThat(tasks.get(0).leadUnit()).isEqualTo("市发展改革委");
        assertThat(tasks.get(0).coUnits()).containsExactly("市委党校", "市自然资源局");
        assertThat(tasks.get(0).owner()).isEqualTo("王志刚");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(tasks.get(1).leadUnit()).isEqualTo("市投资促进局");
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(tasks.get(2).coUnits()).containsExactly("各县区人民政府");
    }
}
