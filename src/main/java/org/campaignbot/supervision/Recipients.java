package org.campaignbot.supervision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.knowledge.table.TaskTables;

/**
 * Who a reminder about a task @-mentions: the named 责任人 when the contacts know them (looked up in the lead unit
 * first, then anywhere), else every member of the lead unit.
 */
final class Recipients {
    private Recipients() {
    }

    static List<Contacts.Person> of(Task task, Contacts contacts) {
        List<Contacts.Person> unitPeople = contacts.unit(task.leadUnit()).map(u -> u.members()).orElse(List.of());
        Set<Contacts.Person> named = new LinkedHashSet<>();
        for (String name : TaskTables.units(task.owner())) { // same separators: 张三、李四
            unitPeople.stream().filter(p -> p.name().equals(name)).findFirst()
                    .or(() -> contacts.person(name))
                    .ifPresent(named::add);
        }
        return named.isEmpty() ? unitPeople : new ArrayList<>(named);
    }

    /** Platform ids where known, else mobiles: both platforms' robots accept either. */
    record Mentions(List<String> userIds, List<String> mobiles) {
        static Mentions on(String channel, List<Contacts.Person> people) {
            Set<String> ids = new LinkedHashSet<>();
            Set<String> mobiles = new LinkedHashSet<>();
            for (Contacts.Person p : people) {
                String id = p.idOn(channel);
                if (!id.isEmpty()) {
                    ids.add(id);
                } else if (!p.mobile().isEmpty()) {
                    mobiles.add(p.mobile());
                }
            }
            return new Mentions(List.copyOf(ids), List.copyOf(mobiles));
        }
    }
}
