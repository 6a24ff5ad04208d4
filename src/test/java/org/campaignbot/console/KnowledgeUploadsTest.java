package org.campaignbot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What an upload's name and content must be before it reaches the knowledge folder. */
class KnowledgeUploadsTest {

    @Test
    void aPlainNameOfASupportedTypeIsKeptAsItIs() throws Exception {
        assertThat(KnowledgeUploads.fileName("  实施方案（2027年）.DOCX ")).isEqualTo("实施方案（2027年）.DOCX");
        assertThat(KnowledgeUploads.fileName("讲话.md")).isEqualTo("讲话.md");
    }

    @Test
    void pathsHiddenReservedAndOddNamesAreRefused() {
        for (String name : new String[] {"../a.md", "a/b.md", "C:\\x\\a.md", "..", ".env.md", "~$方案.docx", "con.txt",
                "NUL.md", "a.md.", "a\u0000.md", "a\nb.md", "what?.md", "a.exe", "a", "", "x".repeat(130) + ".md"}) {
            assertThatThrownBy(() -> KnowledgeUploads.fileName(name)).as(name).isInstanceOf(KnowledgeUploads.Refused.class);
        }
    }

    @Test
    void theContentMustBeWhatTheExtensionSays() throws Exception {
        KnowledgeUploads.checkContent("pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        KnowledgeUploads.checkContent("docx", TestDocx.of("标题", "正文"));
        KnowledgeUploads.checkContent("txt", "正文".getBytes(StandardCharsets.UTF_8));
        KnowledgeUploads.checkContent("txt", "正文".getBytes(StandardCharsets.UTF_16)); // with its BOM, NULs are fine
        assertThatThrownBy(() -> KnowledgeUploads.checkContent("pdf", "正文".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("不是 PDF");
        assertThatThrownBy(() -> KnowledgeUploads.checkContent("docx", new byte[] {'P', 'K', 3, 4, 0, 0}))
                .hasMessageContaining("不是 Word 文档");
        assertThatThrownBy(() -> KnowledgeUploads.checkContent("md", TestDocx.of("标题", "正文"))).hasMessageContaining("不是文本");
        assertThatThrownBy(() -> KnowledgeUploads.checkContent("txt", new byte[] {'M', 'Z', 0, 1})).hasMessageContaining("不是文本");
        assertThatThrownBy(() -> KnowledgeUploads.checkContent("txt", new byte[] {'a', 0, 'b'})).hasMessageContaining("不是文本");
    }
}
