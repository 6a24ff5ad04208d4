package org.campaignbot.backup;

import java.time.Duration;
import org.campaignbot.cluster.ClusterLock;
import org.campaignbot.common.TimeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The nightly backup at {@code bot.backup.cron}, Beijing time. A failure is logged and tried again the next night.
 * Under a cluster lock like every scheduled cycle, although only H2 (one instance) is backed up here.
 */
@Component
public class BackupJob implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(BackupJob.class);
    private final DatabaseBackup backup;
    private final BackupProperties properties;
    private final ClusterLock lock;

    public BackupJob(DatabaseBackup backup, BackupProperties properties, ClusterLock lock) {
        this.backup = backup;
        this.properties = properties;
        this.lock = lock;
    }

    /** At {@code bot.backup.cron}, read from the bound settings: their record holds the one default. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addCronTask(new CronTask(this::nightly, new CronTrigger(properties.cron(), TimeConfig.ZONE)));
    }

    public void nightly() {
        if (!properties.enabled() || !backup.supported()) {
            return;
        }
        try {
            lock.runExclusively("backup", Duration.ofHours(1), backup::backupNow);
        } catch (RuntimeException e) {
            log.error("夜间数据库备份失败，明晚再试；也可以在管理接口 POST /api/admin/backup 立即备份：{}", e.getMessage(), e);
        }
    }
}
