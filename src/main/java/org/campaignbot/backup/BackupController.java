package org.campaignbot.backup;

import java.util.List;
import java.util.Map;
import org.campaignbot.common.ErrorBody;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/backup} (administrator only, like all of /api/admin/): take a backup now, list the backups. */
@RestController
public class BackupController {
    private final DatabaseBackup backup;

    public BackupController(DatabaseBackup backup) {
        this.backup = backup;
    }

    @PostMapping("/api/admin/backup")
    public ResponseEntity<?> backupNow() {
        if (!backup.supported()) {
            return ErrorBody.response(409, new BackupUnsupportedException().getMessage());
        }
        DatabaseBackup.Backup done = backup.backupNow();
        return ResponseEntity.ok(Map.of("file", done.file().toString(), "bytes", done.bytes(), "millis", done.millis()));
    }

    @GetMapping("/api/admin/backup")
    public List<Map<String, Object>> list() {
        return backup.list().stream().map(p -> Map.<String, Object>of("file", p.toString(), "bytes", p.toFile().length(),
                "name", p.getFileName().toString())).toList();
    }
}
