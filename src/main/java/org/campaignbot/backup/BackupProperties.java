package org.campaignbot.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code bot.backup.*}: the nightly copy of the H2 database.
 *
 * @param enabled take the nightly backup
 * @param dir     where backups go (relative paths are under the home folder)
 * @param cron    when, Beijing time (seconds minutes hours day month weekday)
 * @param keep    how many of the newest backups to keep; older ones are deleted after each backup
 */
@ConfigurationProperties("bot.backup")
public record BackupProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/backup") Path dir,
        @DefaultValue("0 30 2 * * *") String cron,
        @DefaultValue("30") int keep) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("bot.backup.keep 至少为 1（保留最近几份备份），当前为 " + keep);
        }
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("bot.backup.cron 格式不对：" + cron
                    + "。应为“秒 分 时 日 月 星期”六段，例如每天 2:30 是 \"0 30 2 * * *\"");
        }
    }
}
