package org.campaignbot.knowledge.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files under the knowledge directory, with their stable relative paths: documents to read, and the rest. */
public final class KnowledgeFiles {
    /** Files the system or an office suite leaves next to documents; never documents, so never reported. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");

    private KnowledgeFiles() {
    }

    public record Entry(Path file, String relativePath) {
    }

    /**
     * @param documents   files of a supported type, in path order
     * @param unsupported every other file, by relative path, with the reason and what to do
     */
    public record Listing(List<Entry> documents, Map<String, String> unsupported) {
    }

    /** Supported files in path order; see {@link #scan}. */
    public static List<Entry> list(Path dir) {
        return scan(dir).documents();
    }

    /**
     * Every file under the folder, as a document or an unsupported file. Hidden files and folders, Office and WPS
     * lock files ({@code ~$x.docx}, LibreOffice's {@code .~lock.x.docx#}), Word's {@code ~WRL0001.tmp} and Windows'
     * Thumbs.db are ignored without a word: they come and go while people work and are not documents. A missing
     * folder is empty.
     */
    public static Listing scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Listing(List.of(), Map.of());
        }
        List<Entry> documents = new ArrayList<>();
        Map<String, String> unsupported = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path relative = dir.relativize(p);
                if (ignored(relative)) {
                    continue;
                }
                String path = relative.toString().replace('\\', '/');
                if (DocumentReader.supports(p)) {
                    documents.add(new Entry(p, path));
                } else {
                    unsupported.put(path, UnsupportedTypes.reason(p.getFileName().toString()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("无法列出知识库目录 " + dir + "：" + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
        documents.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        return new Listing(List.copyOf(documents), java.util.Collections.unmodifiableMap(unsupported));
    }

    static boolean ignored(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true; // hidden files and folders, including .~lock.x.docx#
            }
        }
        String name = relative.getFileName().toString();
        return name.startsWith("~$") || name.startsWith("~WRL") || SYSTEM_FILES.contains(name.toLowerCase(java.util.Locale.ROOT));
    }
}
