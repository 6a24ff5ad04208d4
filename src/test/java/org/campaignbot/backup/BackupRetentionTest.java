package org.campaignbot.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRetentionTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheNewestAndLeavesOtherFilesAlone() throws Exception {
        for (String name : new String[] {"campaign-bot-20261101-023000.sql.zip", "campaign-bot-20261103-023000.sql.zip",
                "campaign-bot-20261102-023000.sql.zip", "campaign-bot-20261104-023000.sql.zip.part", "notes.txt"}) {
            Files.writeString(dir.resolve(name), name);
        }
        var removed = BackupRetention.prune(dir, DatabaseBackup.PREFIX, DatabaseBackup.SUFFIX, 2);
        assertThat(removed).extracting(p -> p.getFileName().toString()).containsExactly("campaign-bot-20261101-023000.sql.zip");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "campaign-bot-20261103-023000.sql.zip", "campaign-bot-20261102-023000.sql.zip",
                    "campaign-bot-20261104-023000.sql.zip.part", "notes.txt");
        }
        assertThat(BackupRetention.backups(dir, DatabaseBackup.PREFIX, DatabaseBackup.SUFFIX))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("campaign-bot-20261103-023000.sql.zip", "campaign-bot-20261102-023000.sql.zip");
    }
}
