package org.campaignbot.answer.outline;

import java.util.List;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.Section;

/**
 * The parts that stand beside the part a passage comes from: after "为啥要搞三抓三促行动" is answered from
 * "第一,开展…是…现实需要", the follow-up "那第二个需要是什么" means the second of those parts.
 */
public final class Siblings {
    private Siblings() {
    }

    /** The topics of the passage's part and its siblings, in order; empty when it stands alone or is a table row. */
    public static List<String> of(DocumentCatalog catalog, Passage passage) {
        if (passage.chunk().row()) {
            return List.of();
        }
        String path = passage.chunk().section();
        return catalog.document(passage.chunk().path())
                .map(doc -> doc.outline().flatten().stream()
                        .filter(parent -> parent.children().stream().anyMatch(c -> c.path().equals(path)))
                        .findFirst().map(parent -> parent.children().stream().map(Section::topic).toList())
                        .orElse(List.<String>of()))
                .filter(items -> items.size() > 1)
                .orElse(List.of());
    }
}
