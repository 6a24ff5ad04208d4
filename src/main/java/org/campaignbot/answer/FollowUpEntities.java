package org.campaignbot.answer;

import java.util.LinkedHashSet;
import java.util.Set;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.knowledge.table.TaskRow;

/** Names a follow-up's new topic may replace in the previous question: heading topics, people and units. */
final class FollowUpEntities {
    private FollowUpEntities() {
    }

    static Set<String> of(DocumentCatalog catalog) {
        Set<String> names = new LinkedHashSet<>();
        for (DocumentFacts d : catalog.documents()) {
            for (Section s : d.outline().flatten()) {
                if (s.level() > 0) {
                    String topic = s.topic();
                    int comma = topic.indexOf('，') >= 0 ? topic.indexOf('，') : topic.indexOf(',');
                    names.add(comma >= 4 ? topic.substring(0, comma) : topic);
                }
            }
            for (TaskRow r : d.rows()) {
                names.addAll(r.owners());
                names.addAll(r.leadUnits());
                names.addAll(r.coUnits());
            }
        }
        return names;
    }
}
