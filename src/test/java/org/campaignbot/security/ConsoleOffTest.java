package org.campaignbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.campaignbot.BotTest;
import org.campaignbot.console.ConsoleHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without bot.admin.password the console is off, and says so on every page (the admin API: AdminAuthTest.Disabled). */
@BotTest
class ConsoleOffTest {
    @LocalServerPort
    int port;

    @Test
    void everyConsolePageSaysItIsOff() throws Exception {
        var console = new ConsoleHttp(port);
        for (String path : new String[] {"/admin", "/admin/login", "/admin/ledger"}) {
            var page = console.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(page.body()).as(path).contains("工作台未启用", "bot.admin.password");
        }
        assertThat(console.postRaw("/admin/login", Map.of("username", "admin", "password", "anything"), Map.of())
                .statusCode()).isEqualTo(403);
    }
}
