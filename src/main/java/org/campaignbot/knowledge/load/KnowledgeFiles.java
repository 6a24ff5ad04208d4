package org.campaignbot.knowledge.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The supported files under the knowledge directory, with their stable relative paths. */
public final class KnowledgeFiles {
    private KnowledgeFiles() {
    }

    public record Entry(Path file, String relativePath) {
    }

    /** Files in path order; hidden files and Office lock files (~$x.docx) are skipped. A missing folder is empty. */
    public static List<Entry> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(DocumentReader::supports)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
                    .map(p -> new Entry(p, dir.relativize(p).toString().replace('\\', '/')))
                    .sorted((a, b) -> a.relativePath().compareTo(b.relativePath()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法列出知识库目录 " + dir + "：" + e.getMessage(), e);
        }
    }
}
