package org.campaignbot.conversation.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.message.Citation;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The 问答日志: every question the knowledge base was asked, on any channel, with the reply, its sources, how it was
 * answered and how long it took. Written once, by the conversation, for all channels; read by the office console.
 * Questions older than {@code bot.qa-log.retention} are deleted every night.
 */
@Component
public class QaLog {
    private static final Logger log = LoggerFactory.getLogger(QaLog.class);
    /** Longest export, in questions: a year of a busy office is far below it. */
    public static final int MAX_EXPORT = 200_000;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final QaLogProperties properties;

    public QaLog(JdbcClient jdbc, Clock clock, QaLogProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** A page of questions, newest first, and how many match in all. */
    public record Page(List<QaEntry> entries, long total) {
    }

    /** Questions asked and questions not answered, in some period. */
    public record Counts(long asked, long unanswered) {
    }

    /**
     * Keeps a question and its reply. Never throws: the user gets the reply even when the log cannot be written.
     *
     * @param byModel the configured LLM wrote the reply (not a quotation given because it failed)
     * @param nanos   time the answerer took
     */
    public void record(IncomingMessage message, Reply reply, boolean byModel, long nanos) {
        if (!properties.enabled()) {
            return;
        }
        boolean answered = !reply.citations().isEmpty();
        AnswerMode mode = !answered ? AnswerMode.DECLINED : byModel ? AnswerMode.LLM : AnswerMode.EXTRACTIVE;
        List<String> sources = reply.citations().stream().map(Citation::label).distinct().toList();
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        try {
            jdbc.sql("""
                    INSERT INTO qa_log (asked_at, channel, conversation_id, user_id, user_name, question, reply, sources,
                        answered, answer_mode, latency_ms)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(clock.millis() - millis, cut(message.channel(), 20), cut(message.conversationId(), 200),
                            cut(message.userId(), 200), cut(message.userName(), 100), cut(message.text(), 4000),
                            reply.text(), String.join("\n", sources), answered, mode.name(),
                            (int) Math.min(Integer.MAX_VALUE, millis))
                    .update();
        } catch (DataAccessException e) {
            log.error("问答日志写入失败（回答已照常发出）：{}", e.getMessage());
        }
    }

    /** Questions matching the query, newest first. */
    public Page search(QaQuery query, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM qa_log" + where).params(params).query(Long.class).single();
        return new Page(list(where, params, offset, limit), total);
    }

    /** Every question matching the query, newest first, up to {@link #MAX_EXPORT}: for the CSV export. */
    public List<QaEntry> export(QaQuery query) {
        List<Object> params = new ArrayList<>();
        return list(where(query, params), params, 0, MAX_EXPORT);
    }

    /** How many questions were asked since the instant, and how many of them found nothing. */
    public Counts countsSince(Instant since) {
        return jdbc.sql("SELECT COUNT(*) AS asked, COALESCE(SUM(CASE WHEN answered THEN 0 ELSE 1 END), 0) AS unanswered "
                        + "FROM qa_log WHERE asked_at >= ?")
                .param(since.toEpochMilli())
                .query((rs, n) -> new Counts(rs.getLong("asked"), rs.getLong("unanswered"))).single();
    }

    /** Deletes questions past the retention; returns how many. */
    // not a setting: the retention (bot.qa-log.retention) is; any quiet hour does, apart from the backup's
    @Scheduled(cron = "0 10 3 * * *", zone = "Asia/Shanghai")
    public int purge() {
        long before = clock.millis() - properties.retention().toMillis();
        int deleted = jdbc.sql("DELETE FROM qa_log WHERE asked_at < ?").param(before).update();
        if (deleted > 0) {
            log.info("问答日志：已删除 {} 条超过保留期（{}）的记录", deleted, properties.retention());
        }
        return deleted;
    }

    public QaLogProperties properties() {
        return properties;
    }

    private List<QaEntry> list(String where, List<Object> params, int offset, int limit) {
        List<Object> paged = new ArrayList<>(params);
        paged.add(offset);
        paged.add(limit);
        return jdbc.sql("SELECT * FROM qa_log" + where + " ORDER BY asked_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(paged).query((rs, n) -> entry(rs)).list();
    }

    private static String where(QaQuery q, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.from() != null) {
            where.append(" AND asked_at >= ?");
            params.add(startOf(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND asked_at < ?");
            params.add(startOf(q.to().plusDays(1)));
        }
        if (q.user() != null && !q.user().isBlank()) {
            where.append(" AND (LOWER(user_id) LIKE ? OR LOWER(user_name) LIKE ?)");
            params.add(like(q.user()));
            params.add(like(q.user()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND LOWER(question) LIKE ?");
            params.add(like(q.text()));
        }
        if (q.unanswered()) {
            where.append(" AND answered = FALSE");
        }
        return where.toString();
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfig.ZONE).toInstant().toEpochMilli();
    }

    private static QaEntry entry(ResultSet rs) throws SQLException {
        String sources = rs.getString("sources");
        return new QaEntry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("asked_at")), rs.getString("channel"),
                rs.getString("conversation_id"), rs.getString("user_id"), rs.getString("user_name"),
                rs.getString("question"), rs.getString("reply"),
                sources == null || sources.isEmpty() ? List.of() : Arrays.asList(sources.split("\n")),
                rs.getBoolean("answered"), AnswerMode.parse(rs.getString("answer_mode")).orElse(AnswerMode.EXTRACTIVE),
                rs.getInt("latency_ms"));
    }

    /** A LIKE pattern for "contains", the pattern characters in the text taken literally. */
    private static String like(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + t + "%";
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
