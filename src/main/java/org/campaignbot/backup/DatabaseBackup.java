package org.campaignbot.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.campaignbot.common.TimeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies the H2 database while the service runs, with H2's {@code SCRIPT TO … COMPRESSION ZIP}: a zipped SQL script
 * of the schema and every row. It runs in a repeatable-read transaction, which H2 serves from one snapshot, so a
 * progress report written meanwhile is either wholly in the backup or wholly not, across all tables.
 * A script rather than a copy of the .mv.db file, because it restores into a fresh database of any later H2 version
 * (the file format changes between H2 versions; SQL does not). Restore: docs/部署与运维.md, "备份与恢复".
 *
 * <p>The file is written under a temporary name and renamed when complete, so a crash never leaves a half backup
 * that looks whole. PostgreSQL is backed up with its own tools (pg_dump), not here.
 */
@Component
public class DatabaseBackup {
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    static final String PREFIX = "campaign-bot-";
    static final String SUFFIX = ".sql.zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JdbcClient jdbc;
    private final BackupProperties properties;
    private final Clock clock;
    private final TransactionTemplate snapshot;
    private final boolean h2;

    public DatabaseBackup(JdbcClient jdbc, BackupProperties properties, Clock clock, Environment environment,
                          PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.h2 = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }

    /** One finished backup. */
    public record Backup(Path file, long bytes, long millis) {
    }

    public boolean supported() {
        return h2;
    }

    /** Takes a backup now and prunes old ones; synchronized so the nightly run and the admin button never overlap. */
    public synchronized Backup backupNow() {
        if (!h2) {
            throw new BackupUnsupportedException();
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(properties.dir());
            String name = PREFIX + LocalDateTime.now(clock.withZone(TimeConfig.ZONE)).format(STAMP) + SUFFIX;
            Path target = properties.dir().resolve(name);
            Path partial = properties.dir().resolve(name + ".part");
            Files.deleteIfExists(partial);
            // SCRIPT TO answers with an (empty) result set, so it is run as a query
            String script = "SCRIPT TO '" + partial.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP";
            snapshot.executeWithoutResult(status -> jdbc.sql(script).query((rs, row) -> row).list());
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<Path> removed = BackupRetention.prune(properties.dir(), PREFIX, SUFFIX, properties.keep());
            var backup = new Backup(target, Files.size(target), (System.nanoTime() - started) / 1_000_000);
            log.info("数据库已备份到 {}（{} KB，用时 {} ms）；按设置保留最近 {} 份，删除了 {} 份旧备份", target,
                    backup.bytes() / 1024, backup.millis(), properties.keep(), removed.size());
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("数据库备份失败：无法写入备份目录 " + properties.dir() + "：" + e.getMessage(), e);
        }
    }

    /** The backups in the folder, newest first. */
    public List<Path> list() {
        return BackupRetention.backups(properties.dir(), PREFIX, SUFFIX);
    }
}
