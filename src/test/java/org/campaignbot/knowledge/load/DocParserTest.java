package org.campaignbot.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campaignbot.knowledge.table.TaskRow;
import org.campaignbot.knowledge.table.TaskTables;
import org.junit.jupiter.api.Test;

/** Word 97–2003 .doc and WPS .wps files, from a real .doc made by LibreOffice (see src/test/resources/documents). */
class DocParserTest {
    private static final Path FIXTURE = Path.of("src/test/resources/documents/plan-task-table.doc");
    private final DocumentReader reader = new DocumentReader();

    @Test
    void docParagraphsAndTablesAreReadInBodyOrder() throws Exception {
        var doc = reader.parse(Files.readAllBytes(FIXTURE), "plans/plan.doc");
        assertThat(doc.title()).isEqualTo("某局2026年“三抓三促”行动任务分解方案");
        assertThat(doc.paragraphs()).containsExactly(
                "一、工作目标",
                "以抓学习促能力提升，确保各项任务按时完成。",
                "序号：1，工作任务：建立任务台账，牵头单位：办公室，完成时限：2026年3月31日前。",
                "序号：2，工作任务：报送工作进展，牵头单位：综合科，完成时限：每月20日前。",
                "二、保障措施",
                "各单位要加强组织领导。");
        assertThat(doc.tables()).hasSize(1);
        assertThat(doc.tables().get(0).header()).containsExactly("序号", "工作任务", "牵头单位", "完成时限");
        assertThat(doc.tables().get(0).rows()).containsExactly(
                List.of("1", "建立任务台账", "办公室", "2026年3月31日前"),
                List.of("2", "报送工作进展", "综合科", "每月20日前"));
    }

    @Test
    void theTaskTableOfADocReachesTheLedgerAndDutyAnswers() throws Exception {
        var doc = reader.parse(Files.readAllBytes(FIXTURE), "plan.doc");
        List<TaskRow> rows = TaskTables.rows(doc);
        assertThat(rows).extracting(TaskRow::task).containsExactly("建立任务台账", "报送工作进展");
        assertThat(rows).extracting(TaskRow::leadUnit).containsExactly("办公室", "综合科");
        assertThat(rows).extracting(TaskRow::deadline).containsExactly("2026年3月31日前", "每月20日前");
    }

    @Test
    void aWpsSavedInWordFormatReadsLikeTheDoc() throws Exception {
        byte[] bytes = Files.readAllBytes(FIXTURE);
        var doc = reader.parse(bytes, "plan.doc");
        var wps = reader.parse(bytes, "plan.wps");
        assertThat(wps.title()).isEqualTo(doc.title());
        assertThat(wps.paragraphs()).isEqualTo(doc.paragraphs());
        assertThat(wps.tables()).isEqualTo(doc.tables());
    }

    @Test
    void textWrittenIntoADocByHwpfIsRead() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var hwpf = new HWPFDocument(Files.newInputStream(FIXTURE))) {
            hwpf.getRange().replaceText("以抓学习促能力提升", "以抓落实促作风转变");
            hwpf.getRange().getParagraph(0).insertBefore("附件1\r");
            hwpf.write(out);
        }
        var doc = reader.parse(out.toByteArray(), "edited.doc");
        assertThat(doc.paragraphs()).contains("以抓落实促作风转变，确保各项任务按时完成。")
                .doesNotContain("以抓学习促能力提升，确保各项任务按时完成。");
        assertThat(doc.tables().get(0).rows()).hasSize(2);
    }

    @Test
    void aDocxSavedUnderADocNameIsReadAsDocx() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var docx = new XWPFDocument()) {
            docx.createParagraph().createRun().setText("关于做好节能工作的通知");
            docx.createParagraph().createRun().setText("各单位要节约用电。");
            docx.write(out);
        }
        var doc = reader.parse(out.toByteArray(), "notice.doc");
        assertThat(doc.title()).isEqualTo("关于做好节能工作的通知");
        assertThat(doc.paragraphs()).containsExactly("各单位要节约用电。");
    }

    @Test
    void filesThatAreNotWordDocumentsAreReportedWithWhatToDo() throws Exception {
        assertThatThrownBy(() -> reader.parse("{\\rtf1\\ansi 通知}".getBytes(), "rtf.doc"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("RTF").hasMessageContaining(".docx");
        assertThatThrownBy(() -> reader.parse("plain text".getBytes(), "text.doc"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("另存为 .docx");
        // Microsoft Works word processor files are OLE2 containers too, without Word's "WordDocument" stream
        var works = new ByteArrayOutputStream();
        try (var fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "MatOST");
            fs.writeFilesystem(works);
        }
        assertThatThrownBy(() -> reader.parse(works.toByteArray(), "works.wps"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("不是 Word 兼容格式");
        byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(FIXTURE), 3000);
        assertThatThrownBy(() -> reader.parse(truncated, "cut.doc"))
                .isInstanceOf(DocumentReadException.class).hasMessageContaining("损坏");
    }
}
