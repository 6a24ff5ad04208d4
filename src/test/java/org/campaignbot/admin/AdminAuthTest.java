package org.campaignbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import org.campaignbot.BotTest;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class AdminAuthTest {
    static final String PASSWORD = "s3cret-密码-long";

    @Test
    void comparesTheWholeCredentialAndRejectsGarbage() {
        var auth = new AdminAuth(new AdminProperties(PASSWORD));
        assertThat(auth.matches(TestHttp.basic("admin", PASSWORD))).isTrue();
        assertThat(auth.matches(TestHttp.basic("admin", PASSWORD + "x"))).isFalse();
        assertThat(auth.matches(TestHttp.basic("Admin", PASSWORD))).isFalse();
        assertThat(auth.matches(TestHttp.basic("admin", ""))).isFalse();
        assertThat(auth.matches("Basic !!!not-base64")).isFalse();
        assertThat(auth.matches("Bearer abc")).isFalse();
        assertThat(auth.matches(null)).isFalse();
    }

    @Test
    void aShortPasswordStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> new AdminProperties("1234"))
                .hasMessageContaining("bot.admin.password");
    }

    /** A feature outside /api/admin/ that checks the administrator itself. */
    @RestController
    static class SelfCheckingController {
        private final AdminAuth auth;

        SelfCheckingController(AdminAuth auth) {
            this.auth = auth;
        }

        @GetMapping("/test/needs-admin")
        String get(HttpServletRequest request) {
            auth.require(request);
            return "ok";
        }
    }

    /** The interceptor covers every path under /api/admin/, also ones owned by other features (e.g. /reindex). */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            BotTest.DB, BotTest.INDEX, "bot.admin.password=" + PASSWORD})
    @Import(SelfCheckingController.class)
    class Enabled {
        @LocalServerPort
        int port;

        @Test
        void withoutOrWithWrongCredentialsIs401WithAChallenge() throws Exception {
            for (String auth : new String[] {null, TestHttp.basic("admin", "wrong-password")}) {
                var response = TestHttp.to(port).call("POST", "/api/admin/reindex", auth);
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        v -> assertThat(v).startsWith("Basic realm="));
                assertThat(response.body()).contains("\"error\"", "admin");
            }
        }

        @Test
        void withTheRightCredentialsTheRequestGoesThrough() throws Exception {
            var response = TestHttp.to(port).call("GET", "/api/admin/no-such-endpoint", TestHttp.basic("admin", PASSWORD));
            assertThat(response.statusCode()).isEqualTo(404); // reached the (absent) handler: not stopped by auth
        }

        @Test
        void reindexRunsForTheAdministrator() throws Exception {
            var response = TestHttp.to(port).call("POST", "/api/admin/reindex", TestHttp.basic("admin", PASSWORD));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"updated\"", "\"removed\"", "\"skipped\"");
        }

        @Test
        void requireCanBeCalledDirectly() throws Exception {
            var refused = TestHttp.to(port).call("GET", "/test/needs-admin", null);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("需要管理员账号");
            assertThat(TestHttp.to(port).call("GET", "/test/needs-admin", TestHttp.basic("admin", PASSWORD)).body()).isEqualTo("ok");
        }

        @Test
        void otherPathsAreNotGuarded() throws Exception {
            assertThat(TestHttp.to(port).call("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
        }

        /** Through a proxy the health details are the administrator's; the status alone stays public. */
        @Test
        void healthDetailsThroughAProxyNeedTheAdministrator() throws Exception {
            var http = TestHttp.to(port);
            String proxy = "X-Forwarded-For";
            assertThat(http.get("/actuator/health", proxy, "203.0.113.9").body())
                    .contains("\"status\":\"UP\"").doesNotContain("components", "details");
            assertThat(http.get("/actuator/health", proxy, "203.0.113.9", "Authorization", TestHttp.basic("admin", "nope-nope"))
                    .body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
            assertThat(http.get("/actuator/health", proxy, "203.0.113.9", "Authorization", TestHttp.basic("admin", PASSWORD))
                    .body()).contains("\"components\"", "knowledge");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {BotTest.DB, BotTest.INDEX})
    class Disabled {
        @LocalServerPort
        int port;

        @Test
        void everyAdminPathIs403WithAClearMessage() throws Exception {
            var response = TestHttp.to(port).call("GET", "/api/admin/supervision/tasks", TestHttp.basic("admin", "anything"));
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("管理接口未启用", "bot.admin.password");
        }
    }
}
