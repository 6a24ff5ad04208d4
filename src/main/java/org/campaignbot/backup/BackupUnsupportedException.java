package org.campaignbot.backup;

/** Backups here cover the built-in H2 database only; PostgreSQL has pg_dump. */
public class BackupUnsupportedException extends RuntimeException {
    public BackupUnsupportedException() {
        super("当前使用的不是内置 H2 数据库：请用数据库自带的工具备份（PostgreSQL 用 pg_dump），见 docs/部署与运维.md");
    }
}
