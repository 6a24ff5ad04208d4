package org.campaignbot.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campaignbot.common.TimeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 操作记录: who did what, when, from where, and how it ended — logins and failed logins, and every change made in
 * the console or through the admin API. Each entry goes to the {@code admin_action} table (shown and searched in the
 * console) and, as a line, to {@code logs/audit.log}. Entries older than {@code bot.admin.action-retention} are
 * deleted nightly.
 */
@Component
public class ActionLog {
    private static final Logger log = LoggerFactory.getLogger(ActionLog.class);
    private static final Logger audit = LoggerFactory.getLogger("audit");
    /** Request attribute where the security chains leave the signed-in user's name, for the audit filter. */
    public static final String USER_ATTRIBUTE = ActionLog.class.getName() + ".user";
    public static final String SUCCESS = "成功";
    public static final String REFUSED = "拒绝";
    public static final String FAILED = "失败";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdminProperties properties;

    public ActionLog(JdbcClient jdbc, Clock clock, AdminProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** One action as recorded. */
    public record Entry(long id, Instant at, String user, String address, String action, String detail, String outcome) {
    }

    /** A page of entries, newest first, and how many match in all. */
    public record Page(List<Entry> entries, long total) {
    }

    /**
     * Records an action. Never throws: a failing database must not turn a confirmed close into an error page; the
     * audit.log line is written either way.
     */
    public void record(String user, String address, String action, String detail, String outcome) {
        String who = cut(user == null || user.isBlank() ? "（未登录）" : user, 100);
        String from = cut(address == null ? "" : address, 64);
        String what = cut(detail == null ? "" : detail.replaceAll("[\\r\\n]+", " "), 2000);
        audit.info("工作台 {} {}：{} 用户 {} 来自 {}", action, outcome, what, who, from);
        try {
            jdbc.sql("INSERT INTO admin_action (acted_at, username, address, action, detail, outcome) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(clock.millis(), who, from, cut(action, 40), what, cut(outcome, 10)).update();
        } catch (DataAccessException e) {
            log.error("操作记录写入数据库失败（已写入 audit.log）：{}", e.getMessage());
        }
    }

    /**
     * Entries matching every given filter (null or blank = any), newest first.
     *
     * @param text part of the detail or of the action's name
     * @param to   last day included
     */
    public Page search(String user, String text, LocalDate from, LocalDate to, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (user != null && !user.isBlank()) {
            where.append(" AND LOWER(username) LIKE ?");
            params.add(like(user));
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND (LOWER(detail) LIKE ? OR LOWER(action) LIKE ?)");
            params.add(like(text));
            params.add(like(text));
        }
        if (from != null) {
            where.append(" AND acted_at >= ?");
            params.add(from.atStartOfDay(TimeConfig.ZONE).toInstant().toEpochMilli());
        }
        if (to != null) {
            where.append(" AND acted_at < ?");
            params.add(to.plusDays(1).atStartOfDay(TimeConfig.ZONE).toInstant().toEpochMilli());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM admin_action" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(offset);
        paged.add(limit);
        List<Entry> entries = jdbc.sql("SELECT * FROM admin_action" + where + " ORDER BY acted_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(paged)
                .query((rs, n) -> new Entry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("acted_at")),
                        rs.getString("username"), rs.getString("address"), rs.getString("action"),
                        rs.getString("detail"), rs.getString("outcome")))
                .list();
        return new Page(entries, total);
    }

    /** Deletes entries past the retention; returns how many. */
    // not a setting: the retention (bot.admin.action-retention) is; any quiet hour does, apart from the backup's
    @Scheduled(cron = "0 20 3 * * *", zone = "Asia/Shanghai")
    public int purge() {
        long before = clock.millis() - properties.actionRetention().toMillis();
        int deleted = jdbc.sql("DELETE FROM admin_action WHERE acted_at < ?").param(before).update();
        if (deleted > 0) {
            log.info("操作记录：已删除 {} 条超过保留期（{}）的记录", deleted, properties.actionRetention());
        }
        return deleted;
    }

    /** A LIKE pattern for "contains", with the pattern characters in the text taken literally. */
    public static String like(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + t + "%";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
