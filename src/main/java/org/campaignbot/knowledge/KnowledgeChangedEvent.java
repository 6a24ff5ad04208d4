package org.campaignbot.knowledge;

import java.util.List;

/**
 * Published after a sync changed the index (not after the start-up sync). Features derived from documents (the
 * supervision ledger) take what changed from {@link KnowledgeView#snapshot()}, already read and parsed: nothing reads
 * the knowledge folder a second time.
 */
public record KnowledgeChangedEvent(List<String> updatedPaths, List<String> removedPaths) {
}
