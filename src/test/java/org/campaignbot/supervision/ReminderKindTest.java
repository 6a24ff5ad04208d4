package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The keys are part of rows already in sup_reminder_log: they must stay the strings earlier versions wrote. */
class ReminderKindTest {

    @Test
    void keysAreTheStringsAlreadyStored() {
        assertThat(new ReminderKind.Lead(7).key()).isEqualTo("lead-7");
        assertThat(new ReminderKind.Due().key()).isEqualTo("due");
        assertThat(new ReminderKind.Overdue(LocalDate.of(2027, 2, 1)).key()).isEqualTo("overdue-2027-02-01");
    }

    @Test
    void storedKeysParseBackToTheSameKind() {
        for (ReminderKind kind : new ReminderKind[] {new ReminderKind.Lead(3), new ReminderKind.Due(),
                new ReminderKind.Overdue(LocalDate.of(2026, 12, 31))}) {
            assertThat(ReminderKind.parse(kind.key())).contains(kind);
        }
        assertThat(ReminderKind.parse("lead-x")).isEmpty();
        assertThat(ReminderKind.parse("overdue-yesterday")).isEmpty();
        assertThat(ReminderKind.parse("soon")).isEmpty();
    }
}
