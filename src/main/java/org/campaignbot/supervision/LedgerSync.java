package org.campaignbot.supervision;

import org.campaignbot.common.HalfWidth;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignbot.cluster.ClusterLock;
import org.campaignbot.cluster.ClusterState;
import org.campaignbot.cluster.Fingerprint;
import org.campaignbot.common.TimeConfig;
import org.campaignbot.knowledge.KnowledgeChangedEvent;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.load.DocumentReadException;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.KnowledgeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the ledger in step with the plans in the knowledge folder. It follows the index: when a sync of the knowledge
 * base changed something it publishes {@link KnowledgeChangedEvent}, and the plans are re-read if their contents
 * changed since the ledger was last read from them — by this instance or any other on the same database. Every
 * instance indexes the shared folder and so gets the event; the first one re-reads the plans under a cluster lock
 * and records their fingerprint, and the others find nothing left to do. An instance that finds the lock taken
 * tries again at its next supervision check, in case the holder was reading an older state of the files.
 *
 * <p>A row is matched to its task by title first (so inserting a row, which renumbers the rest, keeps each task's
 * progress), then by table and 序号 (so rewording a title keeps it too). Rows that left the plan are hidden, not
 * deleted: if they come back, their history is still there. A file that cannot be read keeps its tasks as they were.
 */
@Component
public class LedgerSync {
    private static final Logger log = LoggerFactory.getLogger(LedgerSync.class);
    private static final Set<String> WITH_TABLES = Set.of(".md", ".docx", ".doc", ".wps", ".pdf");
    static final String LOCK = "ledger-sync";
    static final String FINGERPRINT = "ledger.plan-files";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    public record Report(int added, int updated, int removed, int total) {
    }

    private final KnowledgeProperties knowledge;
    private final DocumentReader reader;
    private final LedgerRepository repository;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ClusterLock lock;
    private final ClusterState state;
    private volatile boolean retry;

    public LedgerSync(KnowledgeProperties knowledge, DocumentReader reader, LedgerRepository repository, Clock clock,
                      TransactionTemplate tx, ClusterLock lock, ClusterState state) {
        this.knowledge = knowledge;
        this.reader = reader;
        this.repository = repository;
        this.clock = clock;
        this.tx = tx;
        this.lock = lock;
        this.state = state;
    }

    @EventListener(KnowledgeChangedEvent.class)
    @Order(0) // before the listeners that read the ledger back (the contacts check)
    public void onKnowledgeChanged() {
        syncIfChanged();
    }

    /** At each supervision check: only if an earlier attempt found another instance holding the lock. */
    public void retryIfSkipped() {
        if (retry) {
            syncIfChanged();
        }
    }

    /**
     * Re-reads the plans when their contents differ from those the ledger was last read from (on any instance);
     * null when nothing changed, or when another instance is reading them right now (retried at the next check).
     */
    public synchronized Report syncIfChanged() {
        retry = false;
        Report[] report = {null};
        boolean ran = lock.runExclusively(LOCK, LOCK_AT_MOST, () -> {
            List<KnowledgeFiles.Entry> files = planFiles();
            String print = fingerprint(files);
            if (!state.get(FINGERPRINT).orElse("").equals(print)) {
                report[0] = sync(files, print);
            }
        });
        retry = !ran;
        return report[0];
    }

    /**
     * Re-reads the plans whatever their fingerprint: at start-up, since a new version of the service may read the same
     * files differently. Null when another instance is reading them right now.
     */
    public synchronized Report sync() {
        retry = false;
        Report report = lock.callExclusively(LOCK, LOCK_AT_MOST, () -> {
            List<KnowledgeFiles.Entry> files = planFiles();
            return sync(files, fingerprint(files));
        });
        retry = report == null;
        return report;
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
        state.put(FINGERPRINT, print);
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

    /** The plan files' names and contents (see {@link Fingerprint} for why contents). */
    private static String fingerprint(List<KnowledgeFiles.Entry> files) {
        Fingerprint print = new Fingerprint();
        files.forEach(e -> print.name(e.relativePath()).contents(e.file()));
        return print.hex();
    }
}
