package org.campaignbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.SourceDocument;
import org.campaignbot.knowledge.split.ChineseStructureSplitter;
import org.campaignbot.knowledge.table.TaskTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthesised corpus reads like the shipped documents: real parser, real splitter, real task-table reader. */
class CorpusSynthesiserTest {
    @TempDir
    Path dir;

    @Test
    void everyDocumentParsesWithItsOwnTitleTaskTableAndAboutTwentyPassages() throws Exception {
        new CorpusSynthesiser(Path.of("")).write(Path.of(""), dir, 60);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(60);
        DocumentReader reader = new DocumentReader();
        ChineseStructureSplitter splitter = new ChineseStructureSplitter();
        Set<String> titles = new HashSet<>();
        List<Integer> passages = new ArrayList<>();
        for (Path f : files) {
            SourceDocument doc = reader.read(f, dir.relativize(f).toString());
            titles.add(doc.title());
            if (f.getFileName().toString().startsWith("doc-")) {
                assertThat(TaskTables.rows(doc)).as(f.toString()).hasSizeGreaterThanOrEqualTo(8);
                assertThat(doc.title()).matches(".+[县区].+");
                assertThat(String.join("", doc.paragraphs())).doesNotContain("全市", "市委");
            }
            passages.add(splitter.split(doc).size());
        }
        assertThat(titles).hasSize(60);
        double mean = passages.stream().mapToInt(Integer::intValue).average().orElse(0);
        assertThat(mean).isBetween(15.0, 25.0);
    }

    @Test
    void theSameCountGivesTheSameFiles() {
        CorpusSynthesiser synthesiser = new CorpusSynthesiser(Path.of(""));
        assertThat(synthesiser.document(123)).isEqualTo(new CorpusSynthesiser(Path.of("")).document(123))
                .isNotEqualTo(synthesiser.document(124));
    }
}
