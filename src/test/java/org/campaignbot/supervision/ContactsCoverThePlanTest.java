package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.campaignbot.contacts.ContactDirectory;
import org.campaignbot.contacts.Contacts;
import org.campaignbot.knowledge.load.DocumentReader;
import org.junit.jupiter.api.Test;

/** The shipped contacts and the shipped sample plan agree: every task's units and owner are in the directory. */
class ContactsCoverThePlanTest {

    @Test
    void theShippedContactsCoverEveryUnitOfTheSamplePlan() throws Exception {
        Contacts contacts = new ContactDirectory(Path.of("config/contacts.yaml")).current();
        var doc = new DocumentReader().read(Path.of("knowledge/plan-sanzhua-sancu-sample.md"), "plan.md");
        for (PlanTask row : PlanTableExtractor.extract(doc, 2026)) {
            Task task = new Task(1, row.source(), 0, row.no(), row.title(), row.leadUnit(), row.coUnits(), row.owner(),
                    row.deadline(), null, null, null, null, null, null, false);
            assertThat(UnitNames.unknown(task, contacts)).as(row.title()).isEmpty();
            assertThat(contacts.groupsCovering(row.leadUnit())).as(row.leadUnit()).isNotEmpty();
            assertThat(Recipients.of(task, contacts)).extracting(Contacts.Person::name).containsExactly(row.owner());
        }
    }
}
