package org.campaignbot.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file in the folder is either a document or reported with what to do; office clutter is ignored quietly. */
class KnowledgeFilesTest {
    @TempDir
    Path dir;

    @Test
    void unsupportedTypesAreListedWithTheReasonAndWhatToDo() throws Exception {
        for (String name : new String[] {"a.md", "b.txt", "c.docx", "d.doc", "e.wps", "f.pdf", "scan.ofd", "sheet.xls",
                "sheet.xlsx", "slides.pptx", "slides.ppt", "photo.jpg", "sub/notes.zip", "README"}) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "x");
        }
        var listing = KnowledgeFiles.scan(dir);
        assertThat(listing.documents()).extracting(KnowledgeFiles.Entry::relativePath)
                .containsExactly("a.md", "b.txt", "c.docx", "d.doc", "e.wps", "f.pdf");
        var unsupported = listing.unsupported();
        assertThat(unsupported.keySet()).containsExactly("README", "photo.jpg", "scan.ofd", "sheet.xls", "sheet.xlsx",
                "slides.ppt", "slides.pptx", "sub/notes.zip");
        assertThat(unsupported.get("scan.ofd")).startsWith("不支持的文件类型 .ofd").contains(".pdf");
        for (String sheet : new String[] {"sheet.xls", "sheet.xlsx", "slides.ppt", "slides.pptx"}) {
            assertThat(unsupported.get(sheet)).startsWith("不支持的文件类型 ." + sheet.substring(sheet.indexOf('.') + 1))
                    .contains("请另存为 .docx 或 .pdf");
        }
        assertThat(unsupported.get("photo.jpg")).startsWith("不支持的文件类型 .jpg").contains("图片");
        assertThat(unsupported.get("sub/notes.zip")).contains("解压");
        assertThat(unsupported.get("README")).contains("没有扩展名");
    }

    @Test
    void hiddenFilesAndOfficeLockFilesAreIgnoredSilently() throws Exception {
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.createDirectories(dir.resolve("plans"));
        for (String name : new String[] {"~$plan.docx", "plans/.~lock.plan.docx#", ".hidden.md", ".DS_Store",
                ".git/objects/ab12", "~WRL0001.tmp", "Thumbs.db", "plans/desktop.ini", "plans/plan.docx"}) {
            Files.writeString(dir.resolve(name), "x");
        }
        var listing = KnowledgeFiles.scan(dir);
        assertThat(listing.documents()).extracting(KnowledgeFiles.Entry::relativePath).containsExactly("plans/plan.docx");
        assertThat(listing.unsupported()).isEmpty();
    }

    @Test
    void aMissingFolderIsEmpty() {
        var listing = KnowledgeFiles.scan(dir.resolve("absent"));
        assertThat(listing.documents()).isEmpty();
        assertThat(listing.unsupported()).isEmpty();
    }
}
