package org.campaignbot.supervision;

import org.campaignbot.common.HalfWidth;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.load.DocumentReadException;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.KnowledgeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the ledger in step with the plans in the knowledge folder. Checked on the supervision schedule
 * ({@code bot.supervision.check-interval}); files are re-read only when one was added, changed or removed.
 *
 * <p>A row is matched to its task by title first (so inserting a row, which renumbers the rest, keeps each task's
 * progress), then by table and 序号 (so rewording a title keeps it too). Rows that left the plan are hidden, not
 * deleted: if they come back, their history is still there. A file that cannot be read keeps its tasks as they were.
 */
@Component
public class LedgerSync {
    private static final Logger log = LoggerFactory.getLogger(LedgerSync.class);
    private static final Set<String> WITH_TABLES = Set.of(".md", ".docx", ".doc", ".wps", ".pdf");

    public record Report(int added, int updated, int removed, int total) {
    }

    private final KnowledgeProperties knowledge;
    private final DocumentReader reader;
    private final LedgerRepository repository;
    private final Clock clock;
    private final TransactionTemplate tx;
    private String fingerprint;

    public LedgerSync(KnowledgeProperties knowledge, DocumentReader reader, LedgerRepository repository, Clock clock,
                      TransactionTemplate tx) {
        this.knowledge = knowledge;
        this.reader = reader;
        this.repository = repository;
        this.clock = clock;
        this.tx = tx;
    }

    /** Re-reads the plans when the folder changed since the last sync; null when nothing changed. */
    public synchronized Report syncIfChanged() {
        List<KnowledgeFiles.Entry> files = planFiles();
        String print = fingerprint(files);
        return print.equals(fingerprint) ? null : sync(files, print);
    }

    public synchronized Report sync() {
        List<KnowledgeFiles.Entry> files = planFiles();
        return sync(files, fingerprint(files));
    }

    /** One listing of the folder serves both the fingerprint and the reading. */
    private Report sync(List<KnowledgeFiles.Entry> files, String print) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        Map<String, List<PlanTask>> plans = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (var entry : files) {
            try {
                List<PlanTask> rows = PlanTableExtractor.extract(reader.read(entry.file(), entry.relativePath()), today.getYear());
                if (!rows.isEmpty()) {
                    plans.put(entry.relativePath(), rows);
                }
            } catch (DocumentReadException e) {
                unreadable.add(entry.relativePath());
                log.warn("督办台账：无法读取 {}，其中的任务保持不变：{}", entry.relativePath(), e.getMessage());
            }
        }
        Report report = tx.execute(s -> apply(plans, unreadable, today, clock.millis()));
        fingerprint = print;
        log.info("督办台账已同步：新增 {} 项，更新 {} 项，移出 {} 项，现有 {} 项", report.added(), report.updated(),
                report.removed(), report.total());
        return report;
    }

    private Report apply(Map<String, List<PlanTask>> plans, Set<String> unreadable, LocalDate today, long now) {
        Map<String, List<Task>> bySource = new HashMap<>();
        for (Task t : repository.all()) {
            bySource.computeIfAbsent(t.source(), k -> new ArrayList<>()).add(t);
        }
        int added = 0, updated = 0, removed = 0, total = 0;
        for (var plan : plans.entrySet()) {
            List<Task> pool = bySource.getOrDefault(plan.getKey(), new ArrayList<>());
            Map<PlanTask, Task> matched = match(plan.getValue(), pool);
            for (PlanTask row : plan.getValue()) {
                Task old = matched.get(row);
                if (old == null) {
                    repository.insert(row, firstPeriod(row, today), now);
                    added++;
                } else {
                    repository.updateFromPlan(old.id(), row, keptPeriod(old, row, today), now);
                    updated++;
                }
                total++;
            }
            removed += hide(pool, now);
            bySource.remove(plan.getKey());
        }
        for (var gone : bySource.entrySet()) {
            if (!unreadable.contains(gone.getKey())) {
                removed += hide(gone.getValue(), now);
            }
        }
        return new Report(added, updated, removed, total);
    }

    /** Pairs rows with existing tasks (title first, then table + 序号); matched tasks leave the pool. */
    private static Map<PlanTask, Task> match(List<PlanTask> rows, List<Task> pool) {
        Map<PlanTask, Task> matched = new IdentityHashMap<>(); // two identical rows are two tasks
        for (PlanTask row : rows) {
            pool.stream().filter(t -> norm(t.title()).equals(norm(row.title()))).findFirst().ifPresent(t -> {
                matched.put(row, t);
                pool.remove(t);
            });
        }
        for (PlanTask row : rows) {
            if (matched.containsKey(row) || row.no().isEmpty()) {
                continue;
            }
            pool.stream().filter(t -> t.tableIndex() == row.tableIndex() && t.no().equals(row.no())).findFirst().ifPresent(t -> {
                matched.put(row, t);
                pool.remove(t);
            });
        }
        return matched;
    }

    private int hide(List<Task> tasks, long now) {
        int n = 0;
        for (Task t : tasks) {
            if (!t.removed()) {
                repository.markRemoved(t.id(), now);
                n++;
            }
        }
        return n;
    }

    private static LocalDate firstPeriod(PlanTask row, LocalDate today) {
        return row.deadline().recurring() ? row.deadline().periodDueOnOrAfter(today) : null;
    }

    /** A recurring task keeps the period it is at, unless its rhythm changed (monthly → quarterly, 25日 → 20日). */
    private static LocalDate keptPeriod(Task old, PlanTask row, LocalDate today) {
        Deadline was = old.deadline();
        Deadline now = row.deadline();
        if (!now.recurring()) {
            return null;
        }
        boolean sameRhythm = was.kind() == now.kind() && was.day() == now.day() && old.periodDue() != null;
        return sameRhythm ? old.periodDue() : now.periodDueOnOrAfter(today);
    }

    private static String norm(String title) {
        return HalfWidth.of(title).replaceAll("\\s+", "");
    }

    private List<KnowledgeFiles.Entry> planFiles() {
        return KnowledgeFiles.list(knowledge.dir()).stream()
                .filter(e -> WITH_TABLES.stream().anyMatch(ext -> e.relativePath().toLowerCase().endsWith(ext)))
                .toList();
    }

    /** Names, sizes and modification times of the plan files: any edit changes it. */
    private static String fingerprint(List<KnowledgeFiles.Entry> files) {
        var sb = new StringBuilder();
        for (var e : files) {
            try {
                sb.append(e.relativePath()).append('|').append(Files.size(e.file())).append('|')
                        .append(Files.getLastModifiedTime(e.file()).toMillis()).append('\n');
            } catch (IOException ex) {
                sb.append(e.relativePath()).append("|?\n");
            }
        }
        return sb.toString();
    }
}
