package org.campaignbot.knowledge;

import java.util.List;

/** Published after a sync changed the index; features derived from documents (the supervision ledger) re-read them. */
public record KnowledgeChangedEvent(List<String> updatedPaths, List<String> removedPaths) {
}
