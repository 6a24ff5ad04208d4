package org.campaignbot.supervision;

import java.util.Optional;
import org.campaignbot.contacts.Contacts;
import org.springframework.stereotype.Component;

/** A task red for more than {@code escalate-after-days} working days is brought to the lead unit's leader (包抓领导). */
@Component
public class Escalation {
    private final SupervisionProperties properties;

    public Escalation(SupervisionProperties properties) {
        this.properties = properties;
    }

    public boolean applies(TaskState state) {
        return state.status() == TaskStatus.RED && state.workdaysOverdue() > properties.escalateAfterDays();
    }

    public Optional<Contacts.Person> leader(Task task, Contacts contacts) {
        return contacts.unit(task.leadUnit()).map(Contacts.Unit::leader);
    }
}
