package org.campaignbot.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.campaignbot.knowledge.table.TaskRow;
import org.campaignbot.knowledge.table.TaskTables;
import org.junit.jupiter.api.Test;

/**
 * Task tables in text PDFs come back as rows: from a PDF LibreOffice exported (borders stroked as lines, text written
 * cell by cell, wrapped cells over several lines), and from ones drawn here the way Word exports (borders as thin
 * filled rectangles, headers centred over left-aligned cells), with and without borders, running onto a second page.
 */
class PdfTablesTest {
    private static final Path FONT = Path.of("src/test/resources/fonts/wqy-microhei-subset.ttf");
    private final DocumentReader reader = new DocumentReader();

    @Test
    void aLibreOfficePdfsTaskTableReachesTheTaskReaderRowByRow() throws Exception {
        var doc = reader.parse(Files.readAllBytes(Path.of("src/test/resources/documents/plan-five-tasks.pdf")),
                "plan.pdf");
        List<TaskRow> rows = TaskTables.rows(doc);
        assertThat(rows).extracting(TaskRow::task).containsExactly(
                "制定“三抓三促”行动督办台账，逐项明确牵头单位、责任人和完成时限",
                "召开各县区、各部门“三抓三促”行动推进会，传达动员部署会议精神",
                "市委党校举办“三抓三促”专题培训班",
                "开展业务知识、法律法规、现代管理等方面干部全员培训",
                "简化审批流程，审批时限平均压缩50%以上");
        assertThat(rows).extracting(TaskRow::leadUnit)
                .containsExactly("市委办公室", "市委办公室", "市委党校", "市委组织部", "市政务服务管理局");
        assertThat(rows.get(1).coUnits()).containsExactly("各县区", "市直各部门");
        assertThat(rows).extracting(TaskRow::owner).containsExactly("李明", "李明", "周强", "孙伟", "张三");
        assertThat(rows).extracting(TaskRow::deadline)
                .containsExactly("2026年12月31日前", "2026年12月20日前", "每季度末", "2027年6月30日前", "2027年9月30日前");
        // the rows stand where the table stood, each one sentence; no cell is left behind as a line of its own
        assertThat(doc.paragraphs()).hasSize(10);
        assertThat(doc.paragraphs().get(2)).isEqualTo("二、重点任务");
        assertThat(doc.paragraphs().get(3)).startsWith("序号：1，工作任务：制定").endsWith("完成时限：2026年12月31日前。");
        assertThat(doc.paragraphs().get(7)).startsWith("序号：5，");
        assertThat(doc.paragraphs().get(8)).startsWith("三、保障措施");
    }

    @Test
    void aLibreOfficePdfsTableWithoutBordersIsReadByItsHeadersColumnsAndNumberedRows() throws Exception {
        var ruled = reader.parse(Files.readAllBytes(Path.of("src/test/resources/documents/plan-five-tasks.pdf")),
                "plan.pdf");
        var borderless = reader.parse(Files.readAllBytes(
                Path.of("src/test/resources/documents/plan-five-tasks-borderless.pdf")), "plan.pdf");
        assertThat(borderless.tables()).isEqualTo(ruled.tables());
        assertThat(borderless.paragraphs()).isEqualTo(ruled.paragraphs());
    }

    @Test
    void aBorderlessTableWithCentredHeadersRunsOntoTheNextPageAndEndsAtTheBodyText() throws Exception {
        assertTwoPagePlanIsOneTable(PdfTablesTest::cells);
    }

    @Test
    void aBorderlessTableWithoutANumberColumnStaysText() throws Exception {
        float[] columns = {50, 220, 320, 430};
        var out = new ByteArrayOutputStream();
        try (var pdf = new PDDocument()) {
            var font = PDType0Font.load(pdf, FONT.toFile());
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (var c = new PDPageContentStream(pdf, page)) {
                text(c, font, 50, 740, "各单位要加强组织领导。");
                float y = cells(c, font, columns, 710, true, "工作任务", "牵头单位", "完成时限");
                cells(c, font, columns, y, false, "建立任务台账", "标准局", "长期坚持");
            }
            pdf.save(out);
        }
        var doc = reader.parse(out.toByteArray(), "plan.pdf");
        assertThat(doc.tables()).isEmpty();
        assertThat(String.join("\n", doc.paragraphs())).contains("建立任务台账", "标准局");
    }

    @Test
    void aWordStyleTableRunningOntoASecondPageIsOneTableWithTheCutRowJoined() throws Exception {
        assertTwoPagePlanIsOneTable(PdfTablesTest::row);
    }

    /** How a test draws one table row: with or without borders. Returns the row's bottom. */
    interface RowStyle {
        float draw(PDPageContentStream c, PDType0Font font, float[] columns, float top, boolean header,
                   String... cells) throws IOException;
    }

    /**
     * A plan whose table starts below a line of text, has a cell wrapped over two lines, and runs onto a second page
     * that repeats the header and carries the rest of a row the page break cut, followed by body text.
     */
    private void assertTwoPagePlanIsOneTable(RowStyle style) throws Exception {
        float[] columns = {50, 90, 260, 360, 470};
        String[] header = {"序号", "工作任务", "牵头单位", "完成时限"};
        var out = new ByteArrayOutputStream();
        try (var pdf = new PDDocument()) {
            var font = PDType0Font.load(pdf, FONT.toFile());
            PDPage first = new PDPage();
            pdf.addPage(first);
            try (var c = new PDPageContentStream(pdf, first)) {
                text(c, font, 50, 740, "各单位要加强组织领导。");
                float y = style.draw(c, font, columns, 720, true, header);
                y = style.draw(c, font, columns, y, false, "1", "建立任务台账", "标准局", "2026年3月31日前");
                y = style.draw(c, font, columns, y, false, "2", "报送学习情况，包括学习时间、学习内容|和学习体会", "质检局",
                        "每月20日前");
                style.draw(c, font, columns, y, false, "3", "开展检验，", "各单位", "");
            }
            PDPage second = new PDPage();
            pdf.addPage(second);
            try (var c = new PDPageContentStream(pdf, second)) {
                float y = style.draw(c, font, columns, 740, true, header);
                y = style.draw(c, font, columns, y, false, "", "报送检验情况", "", "每月20日前"); // the rest of row 3
                y = style.draw(c, font, columns, y, false, "4", "加强组织领导", "工作组", "长期坚持");
                text(c, font, 50, y - 30, "各单位要加强组织领导，加强学习，每月报送学习情况。");
            }
            pdf.save(out);
        }
        var doc = reader.parse(out.toByteArray(), "plan.pdf");
        assertThat(doc.tables()).hasSize(1);
        assertThat(doc.tables().get(0).header()).containsExactly(header);
        assertThat(doc.tables().get(0).rows()).containsExactly(
                List.of("1", "建立任务台账", "标准局", "2026年3月31日前"),
                List.of("2", "报送学习情况，包括学习时间、学习内容和学习体会", "质检局", "每月20日前"),
                List.of("3", "开展检验，报送检验情况", "各单位", "每月20日前"),
                List.of("4", "加强组织领导", "工作组", "长期坚持"));
        assertThat(doc.paragraphs()).containsExactly(
                "各单位要加强组织领导。",
                "序号：1，工作任务：建立任务台账，牵头单位：标准局，完成时限：2026年3月31日前。",
                "序号：2，工作任务：报送学习情况，包括学习时间、学习内容和学习体会，牵头单位：质检局，完成时限：每月20日前。",
                "序号：3，工作任务：开展检验，报送检验情况，牵头单位：各单位，完成时限：每月20日前。",
                "序号：4，工作任务：加强组织领导，牵头单位：工作组，完成时限：长期坚持。",
                "各单位要加强组织领导，加强学习，每月报送学习情况。");
    }

    /**
     * One bordered row, as Word exports it: each border a thin filled rectangle, header cells centred, data cells
     * left-aligned with their wrapped lines ('|') below each other. Returns the row's bottom.
     */
    private static float row(PDPageContentStream c, PDType0Font font, float[] columns, float top, boolean header,
                             String... cells) throws IOException {
        int lines = 1;
        for (String cell : cells) {
            lines = Math.max(lines, cell.split("\\|").length);
        }
        float bottom = top - 6 - 14 * lines;
        for (int i = 0; i < cells.length; i++) {
            String[] parts = cells[i].split("\\|");
            for (int l = 0; l < parts.length; l++) {
                if (parts[l].isEmpty()) {
                    continue;
                }
                float width = font.getStringWidth(parts[l]) / 1000 * 10;
                float x = header ? (columns[i] + columns[i + 1] - width) / 2 : columns[i] + 5;
                text(c, font, x, top - 14 - 14 * l, parts[l]);
            }
        }
        c.addRect(columns[0], top - 0.25f, columns[columns.length - 1] - columns[0], 0.5f);
        c.addRect(columns[0], bottom - 0.25f, columns[columns.length - 1] - columns[0], 0.5f);
        for (float x : columns) {
            c.addRect(x - 0.25f, bottom, 0.5f, top - bottom);
        }
        c.fill();
        return bottom;
    }

    /** One row without borders: header cells centred over their columns, data cells left-aligned. */
    private static float cells(PDPageContentStream c, PDType0Font font, float[] columns, float top, boolean header,
                               String... cells) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            String[] parts = cells[i].split("\\|");
            lines = Math.max(lines, parts.length);
            for (int l = 0; l < parts.length; l++) {
                if (!parts[l].isEmpty()) {
                    float width = font.getStringWidth(parts[l]) / 1000 * 10;
                    float x = header ? (columns[i] + columns[i + 1] - width) / 2 : columns[i] + 5;
                    text(c, font, x, top - 14 * l, parts[l]);
                }
            }
        }
        return top - 14 * lines - 6;
    }

    private static void text(PDPageContentStream c, PDType0Font font, float x, float y, String text) throws IOException {
        c.beginText();
        c.setFont(font, 10);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }
}
