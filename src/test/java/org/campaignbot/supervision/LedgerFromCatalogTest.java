package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.campaignbot.cluster.ClusterLock;
import org.campaignbot.cluster.ClusterState;
import org.campaignbot.cluster.InstanceId;
import org.campaignbot.knowledge.KnowledgeView;
import org.campaignbot.knowledge.index.KnowledgeIndex;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.testing.MutableClock;
import org.campaignbot.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link LedgerSync} reads nothing but what the knowledge base reports: the rows of its catalog and the files it
 * skipped, as one sync left them. Plain objects on a real (H2) ledger; the view is set by hand to each state.
 */
class LedgerFromCatalogTest {
    static final String PLAN = """
            # 2027年测试方案

            | 序号 | 工作任务 | 牵头单位 | 责任人 | 完成时限 |
            |---|---|---|---|---|
            | 1 | 甲任务 | 市委督查室 | 赵敏 | 12月底前 |
            | 2 | 乙任务 | 市委党校 | 周强 | 每季度末 |
            """;

    final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 9, 28, 9, 0));
    final DataSource db = TestDatabase.migrated();
    final JdbcClient jdbc = JdbcClient.create(db);
    final LedgerRepository repository = new LedgerRepository(jdbc);
    final SettableView view = new SettableView();
    final LedgerSync sync = new LedgerSync(view, repository, clock,
            new TransactionTemplate(new DataSourceTransactionManager(db)),
            new ClusterLock(jdbc, clock, new InstanceId()), new ClusterState(jdbc, clock));

    @Test
    void theRowsOfTheCatalogBecomeTasksWithThePlansYearFromItsTitle() throws Exception {
        view.set(catalog(PLAN), Map.of());
        assertThat(sync.sync().added()).isEqualTo(2);
        assertThat(current()).extracting(Task::title).containsExactly("甲任务", "乙任务");
        assertThat(current().get(0).deadline().date()).hasToString("2027-12-31"); // 2027 from the title, not the clock
        assertThat(sync.syncIfChanged()).isNull(); // the same rows: nothing to do
    }

    @Test
    void aPlanThatCouldNotBeReadKeepsItsTasksAndOneRemovedHidesThem() throws Exception {
        view.set(catalog(PLAN), Map.of());
        sync.sync();

        view.set(DocumentCatalog.EMPTY, Map.of("plan.md", "文件已损坏")); // the sync dropped it as unreadable
        assertThat(sync.syncIfChanged().removed()).isZero();
        assertThat(current()).hasSize(2);

        view.set(DocumentCatalog.EMPTY, Map.of()); // gone from the folder
        assertThat(sync.syncIfChanged().removed()).isEqualTo(2);
        assertThat(current()).isEmpty();
    }

    @Test
    void aKnowledgeBaseWhoseFirstSyncFailedLeavesTheLedgerAsItIsUntilItIsBuilt() throws Exception {
        view.set(catalog(PLAN), Map.of());
        sync.sync();

        view.failed(); // an empty catalog that says nothing about the plans
        assertThat(sync.sync()).isNull();
        assertThat(current()).hasSize(2);

        view.set(catalog(PLAN.replace("乙任务", "乙任务（修订）")), Map.of()); // built at last: the next check catches up
        sync.retryIfSkipped();
        assertThat(current()).extracting(Task::title).containsExactly("甲任务", "乙任务（修订）");
    }

    private List<Task> current() {
        return repository.all().stream().filter(t -> !t.removed()).toList();
    }

    private static DocumentCatalog catalog(String plan) throws Exception {
        return DocumentCatalog.of(List.of(new DocumentReader().parse(plan.getBytes(StandardCharsets.UTF_8), "plan.md")));
    }

    /** The knowledge base as one sync left it, set by the test. */
    static final class SettableView implements KnowledgeView {
        private volatile Snapshot snapshot;

        void set(DocumentCatalog catalog, Map<String, String> skipped) {
            snapshot = new Snapshot(catalog, new Status(catalog.documents().size(), 0, skipped, Instant.now(), true));
        }

        void failed() {
            snapshot = new Snapshot(DocumentCatalog.EMPTY, new Status(0, 0, Map.of(), null, false));
        }

        @Override
        public Snapshot snapshot() {
            return snapshot;
        }

        @Override
        public DocumentCatalog catalog() {
            return snapshot.catalog();
        }

        @Override
        public Status status() {
            return snapshot.status();
        }

        @Override
        public <T> T withSearcher(KnowledgeIndex.SearcherFunction<T> read) {
            throw new UnsupportedOperationException("the ledger never searches");
        }

        @Override
        public List<Chunk> chunks() {
            throw new UnsupportedOperationException("the ledger never reads passages");
        }
    }
}
