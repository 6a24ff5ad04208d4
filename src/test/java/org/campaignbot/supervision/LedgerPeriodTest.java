package org.campaignbot.supervision;

import org.campaignbot.knowledge.table.DeadlineParser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a progress report moves a recurring task's due date. */
class LedgerPeriodTest {
    private static Task monthly(LocalDate periodDue) {
        return new Task(5, "p.md", 0, "5", "上报进展", "市委督查室", List.of(), "赵敏",
                DeadlineParser.parse("每月25日前", 2026), periodDue, null, null, null, null, null, false);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void onTimeMovesToTheNextPeriod() {
        assertThat(Ledger.nextPeriodDue(monthly(d("2026-10-25")), d("2026-10-20"))).isEqualTo(d("2026-11-25"));
        assertThat(Ledger.nextPeriodDue(monthly(d("2026-10-25")), d("2026-10-25"))).isEqualTo(d("2026-11-25"));
    }

    @Test
    void lateCatchesUpAndTheCurrentPeriodStaysDue() {
        assertThat(Ledger.nextPeriodDue(monthly(d("2026-10-25")), d("2026-10-27"))).isEqualTo(d("2026-11-25"));
        assertThat(Ledger.nextPeriodDue(monthly(d("2026-10-25")), d("2026-12-03"))).isEqualTo(d("2026-12-25"));
    }

    @Test
    void aReportForAPeriodAlreadySatisfiedChangesNothing() {
        // November was reported already (due moved on to 25 Dec): another November report changes nothing
        assertThat(Ledger.nextPeriodDue(monthly(d("2026-12-25")), d("2026-11-10"))).isEqualTo(d("2026-12-25"));
    }
}
