package org.campaignbot.supervision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.campaignbot.BotTest;
import org.campaignbot.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: prints how long one reminder cycle and one bulletin take on a ledger of 5,000 tasks and 500 contacts
 * (100 units of 5 people, 11 groups). Target: under 2 s each. Run with
 * {@code ./mvnw -q -B test -Dtest=SupervisionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        BotTest.DB, BotTest.INDEX, "bot.supervision.check-interval=1h", "bot.outbox.poll-interval=1h"})
@Import(SupervisionTestConfig.class)
class SupervisionBenchmark {
    static final int TASKS = 5000;
    static final int UNITS = 100;
    static final int PEOPLE_PER_UNIT = 5; // 1 leader + 4 members
    static final Path DIR = Path.of("target/benchmark", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void generate(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(DIR.resolve("knowledge"));
        var contacts = new StringBuilder("units:\n");
        for (int u = 0; u < UNITS; u++) {
            contacts.append("  - name: 单位").append(u).append('\n');
            contacts.append("    leader: ").append(person(u, 0)).append('\n');
            contacts.append("    members:\n");
            for (int p = 1; p < PEOPLE_PER_UNIT; p++) {
                contacts.append("      - ").append(person(u, p)).append('\n');
            }
        }
        contacts.append("groups:\n  - { name: 行动办, wecom-robot: office, dingtalk-robot: office, units: \"*\", bulletins: true }\n");
        for (int g = 0; g < 10; g++) {
            contacts.append("  - { name: 群").append(g).append(g % 2 == 0 ? ", wecom-robot: g" : ", dingtalk-robot: g").append(g)
                    .append(", units: [");
            for (int u = g * 10; u < g * 10 + 10; u++) {
                contacts.append(u == g * 10 ? "" : ", ").append("单位").append(u);
            }
            contacts.append("] }\n");
        }
        Files.writeString(DIR.resolve("contacts.yaml"), contacts, StandardCharsets.UTF_8);

        var plan = new StringBuilder("# 2026年基准测试方案\n\n| 序号 | 工作任务 | 牵头单位 | 配合单位 | 责任人 | 完成时限 |\n|---|---|---|---|---|---|\n");
        LocalDate base = LocalDate.of(2026, 9, 1);
        for (int i = 1; i <= TASKS; i++) {
            int unit = i % UNITS;
            String deadline = switch (i % 10) {
                case 0 -> "每月25日前";
                case 1 -> "每季度末";
                case 2 -> "长期坚持";
                default -> base.plusDays(i % 90).toString();
            };
            plan.append("| ").append(i).append(" | 第").append(i).append("项重点任务：推进“三抓三促”行动相关工作落实落细 | 单位")
                    .append(unit).append(" | 单位").append((unit + 1) % UNITS).append(" | 人员").append(unit).append("-")
                    .append(1 + i % (PEOPLE_PER_UNIT - 1)).append(" | ").append(deadline).append(" |\n");
        }
        Files.writeString(DIR.resolve("knowledge/plan.md"), plan, StandardCharsets.UTF_8);
        registry.add("bot.knowledge.dir", () -> DIR.resolve("knowledge").toString());
        registry.add("bot.supervision.contacts-file", () -> DIR.resolve("contacts.yaml").toString());
    }

    private static String person(int unit, int p) {
        String mobile = String.format("139%04d%04d", unit, p);
        return "{ name: 人员" + unit + "-" + p + ", wecom: u" + unit + "p" + p + ", dingtalk: \"" + (unit * 10 + p)
                + "\", mobile: \"" + mobile + "\" }";
    }

    @Autowired
    ReminderCycle cycle;
    @Autowired
    Bulletin bulletin;
    @Autowired
    Ledger ledger;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oneReminderCycleAndOneBulletin() {
        clock.set(LocalDateTime.of(2026, 10, 12, 9, 0)); // Monday after National Day: many tasks due or overdue
        System.out.printf("ledger: %d tasks, %d contacts%n", ledger.states().size(), UNITS * PEOPLE_PER_UNIT);
        for (int round = 1; round <= 3; round++) {
            jdbc.sql("DELETE FROM sup_reminder_log").update();
            jdbc.sql("DELETE FROM outbox").update();
            long t0 = System.nanoTime();
            var result = cycle.run();
            long t1 = System.nanoTime();
            var again = cycle.run();
            long t2 = System.nanoTime();
            String capped = bulletin.render(10);
            long t3 = System.nanoTime();
            String full = bulletin.render(Integer.MAX_VALUE);
            long t4 = System.nanoTime();
            System.out.printf("round %d: reminder cycle %d ms (%d reminders due, %d queued in %d messages); "
                            + "repeat cycle %d ms (%d new); bulletin %d ms (%d chars), full bulletin %d ms (%d chars)%n",
                    round, ms(t0, t1), result.items(), result.queued(), result.messages(), ms(t1, t2), again.messages(),
                    ms(t2, t3), capped.length(), ms(t3, t4), full.length());
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
