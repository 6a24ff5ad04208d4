package org.campaignbot.supervision;

import org.campaignbot.cluster.ClusterLock;
import org.campaignbot.cluster.ClusterState;
import org.campaignbot.cluster.InstanceId;
import org.campaignbot.testing.KnowledgeSlice;
import org.campaignbot.testing.TestDatabase;
import org.springframework.context.annotation.Import;

/**
 * The ledger as the knowledge base fills it, for {@code @SpringBootTest(classes = LedgerSlice.class)}: the knowledge
 * beans, an H2 database migrated by Flyway, the cluster lock and state, {@link LedgerSync} and the repository; no
 * web server, answers, reminders or channels. Not a {@code @Configuration}, so that no whole-application test's
 * component scan finds it (see {@link KnowledgeSlice}).
 */
@Import({KnowledgeSlice.class, TestDatabase.class, InstanceId.class, ClusterLock.class, ClusterState.class,
        LedgerRepository.class, LedgerSync.class})
class LedgerSlice {
}
