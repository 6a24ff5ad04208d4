package org.campaignbot.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Keeps the newest backups. File names carry a sortable time stamp, so name order is age order. */
final class BackupRetention {
    private BackupRetention() {
    }

    static List<Path> backups(Path dir, String prefix, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(suffix) && Files.isRegularFile(p);
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes all but the {@code keep} newest backups; returns what was deleted. Other files are left alone. */
    static List<Path> prune(Path dir, String prefix, String suffix, int keep) throws IOException {
        List<Path> all = backups(dir, prefix, suffix);
        List<Path> old = all.subList(Math.min(keep, all.size()), all.size());
        for (Path p : old) {
            Files.deleteIfExists(p);
        }
        return old;
    }
}
