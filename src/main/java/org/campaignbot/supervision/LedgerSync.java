package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.Deadline;

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
import org.campaignbot.knowledge.KnowledgeView;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.table.TaskRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the ledger in step with the plans in the knowledge folder, as the knowledge base indexed them: it never reads
 * the folder itself. The knowledge sync reads each changed file once, keeps its task-table rows in the
 * {@link KnowledgeView#catalog() catalog} and publishes {@link KnowledgeChangedEvent}; the ledger then takes the plans'
 * rows from the catalog if they differ from those it was last built from — by this instance or any other on the same
 * database. Every instance indexes the shared folder, so every instance has the same rows and gets the event; the
 * first one rebuilds the ledger under a cluster lock and records the rows' fingerprint, and the others find nothing
 * left to do. An instance that finds the lock taken tries again at its next supervision check, in case the holder was
 * reading an older state of the plans. At start-up ({@link #sync()}, called once the application is ready) the catalog
 * waits for the knowledge base's first sync; if that sync failed, the ledger is left as it is and tried again at the
 * next check.
 *
 * <p>A row is matched to its task by title first (so inserting a row, which renumbers the rest, keeps each task's
 * progress), then by table and 序号 (so rewording a title keeps it too). Rows that left the plan are hidden, not
 * deleted: if they come back, their history is still there. A file that cannot be read (missing from the catalog and
 * listed among the knowledge base's skipped files) keeps its tasks as they were.
 */
@Component
public class LedgerSync {
    private static final Logger log = LoggerFactory.getLogger(LedgerSync.class);
    /** Formats that may hold a plan's tasks: a task table, or (.txt too) items closed by a responsibility parenthesis. */
    private static final Set<String> PLAN_FORMATS = Set.of(".md", ".docx", ".doc", ".wps", ".pdf", ".txt");
    static final String LOCK = "ledger-sync";
    static final String FINGERPRINT = "ledger.plan-rows";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    public record Report(int added, int updated, int removed, int total) {
    }

    /** The plans as one knowledge sync left them: documents with their task rows, and files that could not be read. */
    private record Plans(List<DocumentFacts> documents, Set<String> unreadable) {
        /** The rows and titles the ledger is built from (see {@link Fingerprint}), the same on every instance. */
        String fingerprint() {
            Fingerprint print = new Fingerprint();
            for (DocumentFacts d : documents) {
                print.name(d.path()).name(d.title());
                for (TaskRow r : d.rows()) {
                    print.name(Integer.toString(r.tableIndex())).name(r.no()).name(r.task())
                            .name(String.join("、", r.leadUnits())).name(String.join("、", r.coUnits()))
                            .name(r.owner()).name(r.deadline());
                }
            }
            unreadable.stream().sorted().forEach(path -> print.name("unreadable:" + path));
            return print.hex();
        }
    }

    private final KnowledgeView knowledge;
    private final LedgerRepository repository;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ClusterLock lock;
    private final ClusterState state;
    private volatile boolean retry;

    public LedgerSync(KnowledgeView knowledge, LedgerRepository repository, Clock clock, TransactionTemplate tx,
                      ClusterLock lock, ClusterState state) {
        this.knowledge = knowledge;
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

    /**
     * At each supervision check: only if an earlier attempt found another instance holding the lock, or found the
     * knowledge base not built.
     */
    public void retryIfSkipped() {
        if (retry) {
            syncIfChanged();
        }
    }

    /**
     * Rebuilds the ledger when the plans' rows differ from those it was last built from (on any instance); null when
     * nothing changed, when another instance is rebuilding it right now, or when the knowledge base could not be
     * built (both retried at the next check).
     */
    public synchronized Report syncIfChanged() {
        retry = false;
        Report[] report = {null};
        boolean[] built = {true};
        boolean ran = lock.runExclusively(LOCK, LOCK_AT_MOST, () -> {
            Plans plans = plans();
            if (plans == null) {
                built[0] = false;
                return;
            }
            String print = plans.fingerprint();
            if (!state.get(FINGERPRINT).orElse("").equals(print)) {
                report[0] = sync(plans, print);
            }
        });
        retry = !ran || !built[0];
        return report[0];
    }

    /**
     * Rebuilds the ledger whatever the fingerprint: at start-up, since a new version of the service may read the same
     * rows differently. Null when another instance is rebuilding it right now, or when the knowledge base could not be
     * built (both retried at the next check).
     */
    public synchronized Report sync() {
        retry = false;
        Report report = lock.callExclusively(LOCK, LOCK_AT_MOST, () -> {
            Plans plans = plans();
            return plans == null ? null : sync(plans, plans.fingerprint());
        });
        retry = report == null;
        return report;
    }

    /**
     * The plans as the knowledge base holds them, or null when its first sync failed: an empty catalog then says
     * nothing about the plans, and taking it at its word would hide every task.
     */
    private Plans plans() {
        KnowledgeView.Snapshot snapshot = knowledge.snapshot();
        if (!snapshot.status().ready()) {
            log.warn("督办台账：知识库尚未建立，台账保持不变，下次检查时重试");
            return null;
        }
        List<DocumentFacts> documents = snapshot.catalog().documents().stream()
                .filter(d -> mayHoldTasks(d.path()) && !d.rows().isEmpty()).toList();
        Set<String> unreadable = new HashSet<>();
        snapshot.status().skipped().forEach((path, reason) -> {
            if (mayHoldTasks(path)) {
                unreadable.add(path);
            }
        });
        return new Plans(documents, unreadable);
    }

    private Report sync(Plans plans, String print) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        Map<String, List<PlanTask>> rows = new LinkedHashMap<>();
        for (DocumentFacts plan : plans.documents()) {
            rows.put(plan.path(), PlanTableExtractor.extract(plan, today.getYear()));
        }
        plans.unreadable().forEach(path -> log.warn("督办台账：无法读取 {}，其中的任务保持不变", path));
        Report report = tx.execute(s -> apply(rows, plans.unreadable(), today, clock.millis()));
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
                } else if (!unchanged(old, row, keptPeriod(old, row, today))) {
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

    /**
     * True when the task already says what the row says: nothing to write. A start-up sync goes over every row (a
     * new version of the service may read them differently) and, at a thousand plans, writing 11,000 unchanged rows
     * held the start by 1.5 s.
     */
    private static boolean unchanged(Task old, PlanTask row, LocalDate period) {
        return !old.removed() && old.tableIndex() == row.tableIndex()
                && java.util.Arrays.asList(old.source(), old.no(), old.title(), old.leadUnit(), old.coUnits(), old.owner(), old.deadline())
                .equals(java.util.Arrays.asList(row.source(), row.no(), row.title(), row.leadUnit(), row.coUnits(), row.owner(), row.deadline()))
                && java.util.Objects.equals(old.periodDue(), period);
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

    private static boolean mayHoldTasks(String path) {
        String lower = path.toLowerCase();
        return PLAN_FORMATS.stream().anyMatch(lower::endsWith);
    }
}
