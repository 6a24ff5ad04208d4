package org.campaignbot.supervision;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code bot.supervision.*}: the ledger, reminders and bulletins.
 *
 * @param contactsFile      units, people and groups (config/contacts.yaml)
 * @param holidaysFile      optional extra calendar lines (same format as the shipped holidays-cn.txt); they override it
 * @param yellowDays        a task due within this many working days shows yellow
 * @param leadDays          remind this many working days before the due date (then on the day, then daily when overdue)
 * @param remindAt          time of day (Asia/Shanghai) after which the day's reminders go out, on working days only
 * @param escalateAfterDays a task overdue for more than this many working days also @-mentions the unit's leader
 * @param bulletinCron      when the weekly bulletin goes out (Spring cron: second minute hour day month weekday)
 * @param bulletinMaxItems  at most this many lines per list in a pushed bulletin (the admin API shows everything)
 * @param directMessage     also send each reminder one-to-one through the WeCom app to the people it names
 * @param checkInterval     how often the plan files, contacts file, reminder time and bulletin time are checked
 * @param closeConfirmDays  a close request the office has neither confirmed nor rejected after this many working
 *                          days is brought to the office groups (bulletins: true), and again every as many days
 */
@ConfigurationProperties("bot.supervision")
public record SupervisionProperties(
        @DefaultValue("config/contacts.yaml") Path contactsFile,
        Path holidaysFile,
        @DefaultValue("3") int yellowDays,
        @DefaultValue({"7", "3", "1"}) List<Integer> leadDays,
        @DefaultValue("09:00") LocalTime remindAt,
        @DefaultValue("2") int escalateAfterDays,
        @DefaultValue("0 30 9 * * MON") String bulletinCron,
        @DefaultValue("10") int bulletinMaxItems,
        @DefaultValue("false") boolean directMessage,
        @DefaultValue("30s") Duration checkInterval,
        @DefaultValue("3") int closeConfirmDays) {

    public SupervisionProperties {
        if (yellowDays < 0 || yellowDays > 60) {
            throw new IllegalArgumentException("bot.supervision.yellow-days 必须在 0 到 60 之间（工作日），当前为 " + yellowDays);
        }
        leadDays = leadDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        if (leadDays.stream().anyMatch(d -> d == null || d < 1 || d > 60)) {
            throw new IllegalArgumentException("bot.supervision.lead-days 每一项必须在 1 到 60 之间（工作日），例如 7,3,1");
        }
        if (escalateAfterDays < 0 || escalateAfterDays > 60) {
            throw new IllegalArgumentException("bot.supervision.escalate-after-days 必须在 0 到 60 之间（工作日），当前为 " + escalateAfterDays);
        }
        if (!CronExpression.isValidExpression(bulletinCron)) {
            throw new IllegalArgumentException("bot.supervision.bulletin-cron 不是有效的定时表达式：“" + bulletinCron
                    + "”。格式为“秒 分 时 日 月 星期”，例如每周一 9:30 为 0 30 9 * * MON");
        }
        if (bulletinMaxItems < 1) {
            throw new IllegalArgumentException("bot.supervision.bulletin-max-items 必须大于 0，当前为 " + bulletinMaxItems);
        }
        if (closeConfirmDays < 1 || closeConfirmDays > 60) {
            throw new IllegalArgumentException("bot.supervision.close-confirm-days 必须在 1 到 60 之间（工作日），当前为 " + closeConfirmDays);
        }
        if (checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("bot.supervision.check-interval 必须大于 0，例如 30s");
        }
    }
}
