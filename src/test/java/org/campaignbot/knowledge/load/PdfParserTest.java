package org.campaignbot.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * PDFs laid out as Word's PDF export does: digits in their own text runs a little apart from the Chinese around
 * them, justified lines with extra character spacing, a small 附件 line above a large title.
 */
class PdfParserTest {
    private static final Path FONT = Path.of("src/test/resources/fonts/wqy-microhei-subset.ttf");
    private final DocumentReader reader = new DocumentReader();

    @Test
    void noSpacesAreInsertedBetweenChineseAndDigitsButLatinWordsKeepTheirs() throws Exception {
        byte[] pdf = pdf((content, font) -> {
            line(content, font, 12, 700, 0, "各单位：");
            // runs placed apart, as a PDF export positions each font run: extraction sees a gap, not a space
            runs(content, font, 12, 680, 6, "请于", "每月", "20", "日前报送，");
            runs(content, font, 12, 660, 6, "使用 WPS Office 填报。");
            line(content, font, 12, 640, 4, "各单位要加强学习。"); // justified: every character spaced out
            runs(content, font, 12, 620, 40, "序号", "工作任务", "完成时限"); // table cells: a column apart
        });
        var doc = reader.parse(pdf, "n.pdf");
        assertThat(String.join("\n", doc.paragraphs())).contains("请于每月20日前报送，")
                .contains("使用 WPS Office 填报。").contains("各单位要加强学习。").contains("序号 工作任务 完成时限");
    }

    @Test
    void spacesGoBetweenChineseDigitsAndPunctuationButStayBetweenLatinWords() {
        assertThat(CjkSpacing.normalize("每月 20日前")).isEqualTo("每月20日前");
        assertThat(CjkSpacing.normalize("2026 年 3 月 31 日前 ， 完成")).isEqualTo("2026年3月31日前，完成");
        assertThat(CjkSpacing.normalize("（ 一 ） 工作目标 “三抓三促” ")).isEqualTo("（一）工作目标“三抓三促” ");
        assertThat(CjkSpacing.normalize("使用 WPS Office 填报，版本 2.0 以上")).isEqualTo("使用 WPS Office 填报，版本2.0以上");
        assertThat(CjkSpacing.normalize("Hello world, 1 000")).isEqualTo("Hello world, 1 000");
    }

    @Test
    void theTitleIsTheFirstHeadingLikeLineNotAnAttachmentMarkOrTheFileName() throws Exception {
        byte[] pdf = pdf((content, font) -> {
            line(content, font, 10, 740, 0, "附件1");
            line(content, font, 18, 700, 0, "关于报送学习情况的通知");
            line(content, font, 12, 660, 0, "各单位：");
            line(content, font, 12, 640, 0, "请于每月20日前报送学习情况。");
        });
        var doc = reader.parse(pdf, "scan-2026-001.pdf");
        assertThat(doc.title()).isEqualTo("关于报送学习情况的通知");
        assertThat(doc.paragraphs()).containsExactly("附件1", "各单位：", "请于每月20日前报送学习情况。");
    }

    @Test
    void aTitleWrappedOverTwoLinesOfLargeTypeIsOneTitle() throws Exception {
        byte[] pdf = pdf((content, font) -> {
            line(content, font, 18, 700, 0, "关于报送学习情况");
            line(content, font, 18, 676, 0, "的通知");
            line(content, font, 12, 640, 0, "各单位：");
            line(content, font, 12, 620, 0, "请于每月20日前报送学习情况。");
        });
        var doc = reader.parse(pdf, "n.pdf");
        assertThat(doc.title()).isEqualTo("关于报送学习情况的通知");
        assertThat(doc.paragraphs()).containsExactly("各单位：", "请于每月20日前报送学习情况。");
    }

    @Test
    void withoutALargerFontTheFirstTitleLikeLineAfterAttachmentMarksIsTheTitle() throws Exception {
        byte[] pdf = pdf((content, font) -> {
            line(content, font, 12, 740, 0, "附件1");
            line(content, font, 12, 720, 0, "关于报送学习情况的通知");
            line(content, font, 12, 700, 0, "各单位：");
            line(content, font, 12, 680, 0, "请于每月20日前报送学习情况，报送内容包括学习时间、学习内容和");
            line(content, font, 12, 660, 0, "学习体会。");
        });
        var doc = reader.parse(pdf, "file.pdf");
        assertThat(doc.title()).isEqualTo("关于报送学习情况的通知");
        assertThat(doc.paragraphs()).containsExactly("附件1", "各单位：",
                "请于每月20日前报送学习情况，报送内容包括学习时间、学习内容和学习体会。");
    }

    interface Page {
        void draw(PDPageContentStream content, PDType0Font font) throws IOException;
    }

    private static byte[] pdf(Page page) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var pdf = new PDDocument()) {
            PDPage p = new PDPage();
            pdf.addPage(p);
            var font = PDType0Font.load(pdf, FONT.toFile());
            try (var content = new PDPageContentStream(pdf, p)) {
                page.draw(content, font);
            }
            pdf.save(out);
        }
        return out.toByteArray();
    }

    private static void line(PDPageContentStream content, PDType0Font font, float size, float y, float charSpacing,
                             String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setCharacterSpacing(charSpacing);
        content.newLineAtOffset(50, y);
        content.showText(text);
        content.endText();
        content.setCharacterSpacing(0);
    }

    /** Each run drawn on its own, {@code gap} points after the previous one ends. */
    private static void runs(PDPageContentStream content, PDType0Font font, float size, float y, float gap,
                             String... runs) throws IOException {
        float x = 50;
        for (String run : runs) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(run);
            content.endText();
            x += font.getStringWidth(run) / 1000 * size + gap;
        }
    }
}
