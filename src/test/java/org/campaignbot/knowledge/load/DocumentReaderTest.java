package org.campaignbot.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void utf8AndGb18030TextReadTheSame() throws Exception {
        String text = "关于开展学习的通知\n一、学习是提高能力素质的根本途径。\n";
        var utf8 = reader.parse(text.getBytes(StandardCharsets.UTF_8), "a.txt");
        var gb = reader.parse(text.getBytes(Charset.forName("GB18030")), "b.txt");
        assertThat(gb.paragraphs()).isEqualTo(utf8.paragraphs());
        assertThat(gb.title()).isEqualTo("关于开展学习的通知");
        assertThat(gb.paragraphs()).containsExactly("一、学习是提高能力素质的根本途径。");
    }

    @Test
    void markdownTablesBecomeTablesAndSearchableRows() throws Exception {
        String md = "# 方案\n\n| 序号 | 工作任务 | 完成时限 |\n|---|---|---|\n| 1 | 制定台账 | 2026年12月31日前 |\n";
        var doc = reader.parse(md.getBytes(StandardCharsets.UTF_8), "p.md");
        assertThat(doc.title()).isEqualTo("方案");
        assertThat(doc.tables()).hasSize(1);
        assertThat(doc.tables().get(0).header()).containsExactly("序号", "工作任务", "完成时限");
        assertThat(doc.tables().get(0).rows()).containsExactly(java.util.List.of("1", "制定台账", "2026年12月31日前"));
        assertThat(doc.paragraphs()).containsExactly("序号：1，工作任务：制定台账，完成时限：2026年12月31日前。");
    }

    @Test
    void aPipeTablePastedIntoATextFileIsATableToo() throws Exception {
        String txt = "学习手册\n测试安排如下：\n| 批次 | 测试时间 |\n|---|---|\n| 第一批 | 2027年4月16日 |\n联系人：葛书研\n";
        var doc = reader.parse(txt.getBytes(StandardCharsets.UTF_8), "h.txt");
        assertThat(doc.tables()).hasSize(1);
        assertThat(doc.paragraphs()).containsExactly("测试安排如下：", "批次：第一批，测试时间：2027年4月16日。", "联系人：葛书研");
    }

    @Test
    void docxParagraphsAndTablesAreReadInOrder() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("某局“三抓三促”工作方案");
            docx.createParagraph().createRun().setText("一、工作目标");
            docx.createParagraph().createRun().setText("执行是检验工作成效的重要标准。");
            XWPFTable table = docx.createTable(2, 2);
            table.getRow(0).getCell(0).setText("工作任务");
            table.getRow(0).getCell(1).setText("完成时限");
            table.getRow(1).getCell(0).setText("建立台账");
            table.getRow(1).getCell(1).setText("长期坚持");
            docx.write(out);
        }
        var doc = reader.parse(out.toByteArray(), "sub/plan.docx");
        assertThat(doc.title()).isEqualTo("某局“三抓三促”工作方案");
        assertThat(doc.paragraphs()).containsExactly("一、工作目标", "执行是检验工作成效的重要标准。",
                "工作任务：建立台账，完成时限：长期坚持。");
        assertThat(doc.tables().get(0).rows()).containsExactly(java.util.List.of("建立台账", "长期坚持"));
    }

    @Test
    void pdfLinesAreJoinedBackIntoParagraphs() throws Exception {
        var font = java.nio.file.Path.of("src/test/resources/fonts/wqy-microhei-subset.ttf");
        var out = new ByteArrayOutputStream();
        try (var pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            var cjk = PDType0Font.load(pdf, font.toFile());
            try (var content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(cjk, 12);
                content.newLineAtOffset(50, 700);
                for (String line : new String[] {"学习强国通知", "一、总体要求", "学习是提高能力素质的", "根本途径。"}) {
                    content.showText(line);
                    content.newLineAtOffset(0, -20);
                }
                content.endText();
            }
            pdf.save(out);
        }
        var doc = reader.parse(out.toByteArray(), "n.pdf");
        assertThat(doc.title()).isEqualTo("学习强国通知");
        assertThat(doc.paragraphs()).containsExactly("一、总体要求", "学习是提高能力素质的根本途径。");
    }

    @Test
    void unreadableFilesAreReportedWithAReason() {
        assertThatThrownBy(() -> reader.parse(new byte[] {1, 2, 3}, "bad.docx"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("损坏");
        assertThatThrownBy(() -> reader.parse("not a pdf".getBytes(), "bad.pdf"))
                .isInstanceOf(DocumentReadException.class);
        assertThatThrownBy(() -> reader.parse(new byte[0], "empty.md"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("空");
    }

    @Test
    void documentsWithoutBodyTextAreReported() throws Exception {
        assertThatThrownBy(() -> reader.parse(" \r\n\r\n".getBytes(), "blank.txt"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("没有正文");
        var out = new ByteArrayOutputStream();
        try (var docx = new XWPFDocument()) {
            docx.createParagraph();
            docx.write(out);
        }
        assertThatThrownBy(() -> reader.parse(out.toByteArray(), "blank.docx"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("没有正文");
    }

    @Test
    void aPdfWithoutTextIsReportedAsAScan() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (var content = new PDPageContentStream(pdf, page)) { // a scan: marks on the page, no text layer
                content.addRect(50, 50, 400, 600);
                content.fill();
            }
            pdf.save(out);
        }
        assertThatThrownBy(() -> reader.parse(out.toByteArray(), "scan.pdf"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("扫描件").hasMessageContaining("Word");
    }

    @Test
    void unsupportedTypesAreNotParsed() {
        assertThatThrownBy(() -> reader.parse("x".getBytes(), "a.xlsx"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("不支持的文件类型 .xlsx");
    }
}
