package org.campaignbot.answer;

import java.util.LinkedHashSet;
import java.util.Set;
import org.campaignbot.answer.outline.SloganHalf;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.knowledge.table.TaskRow;

/**
 * Names a follow-up's new topic may replace in the previous question: heading topics (and a slogan's first half),
 * people and units.
 */
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
                    String key = comma >= 4 ? topic.substring(0, comma) : topic;
                    names.add(key);
                    SloganHalf.of(key).ifPresent(names::add); // "抓学习这块", replaced by "那抓执行那条呢"
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
