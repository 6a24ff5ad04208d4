package org.campaignbot.supervision;

import java.util.ArrayList;
import java.util.List;
import org.campaignbot.contacts.Contacts;

/** Which unit names of a task are missing from the contacts. */
final class UnitNames {
    private UnitNames() {
    }

    /** Collective names ("各县区", "市直各部门", "有关单位") name no single unit, so they are never "unknown". */
    static boolean collective(String name) {
        return name.contains("各") || name.contains("有关") || name.contains("相关") || name.startsWith("全市");
    }

    static List<String> unknown(Task task, Contacts contacts) {
        List<String> unknown = new ArrayList<>();
        for (String unit : task.units()) {
            if (!collective(unit) && !contacts.knows(unit)) {
                unknown.add(unit);
            }
        }
        return unknown;
    }
}
