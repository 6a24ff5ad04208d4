package org.campaignbot.knowledge;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/admin/reindex}: re-reads the knowledge folder now instead of waiting for the watcher. */
@RestController
public class ReindexController {
    private final KnowledgeSync knowledge;

    public ReindexController(KnowledgeSync knowledge) {
        this.knowledge = knowledge;
    }

    @PostMapping("/api/admin/reindex")
    public KnowledgeSync.Report reindex() {
        return knowledge.sync();
    }
}
