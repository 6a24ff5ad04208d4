package org.campaignbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.campaignbot.BotTest;
import org.campaignbot.admin.LoginThrottle;
import org.campaignbot.console.ConsoleHttp;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console's login and the admin API's Basic auth, over real HTTP against the running app: who is refused, the CSRF
 * token, the throttle on failed logins, cross-site requests, read-only accounts, and that everything outside the
 * console (chat, health) is reached as before without a login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.knowledge.watch=false", "bot.admin.password=" + ConsoleSecurityTest.PASSWORD,
        "bot.admin.users.reader.role=只读", "bot.admin.users.reader.name=王只读"})
class ConsoleSecurityTest {
    static final String PASSWORD = "console-admin-password";
    static final String READER_PASSWORD = "reader-password-123";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void reader(DynamicPropertyRegistry registry) {
        String hash = new BCryptPasswordEncoder().encode(READER_PASSWORD);
        registry.add("bot.admin.users.reader.password", () -> hash);
    }

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        throttle.clear(); // every test here logs in from 127.0.0.1
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndScriptsGetA401() throws Exception {
        var console = new ConsoleHttp(port);
        var page = console.get("/admin/ledger");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));
        var login = console.get("/admin/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("行动办工作台", "name=\"_csrf\"");

        var api = TestHttp.to(port).call("GET", "/api/admin/supervision/tasks", null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
        assertThat(api.body()).contains("\"error\"", "需要管理员账号");
    }

    @Test
    void aWrongPasswordIsRefusedAndRecordedTheRightOneOpensTheConsole() throws Exception {
        var console = new ConsoleHttp(port);
        var wrong = console.login("admin", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?error");
        assertThat(console.get("/admin").statusCode()).isEqualTo(302); // still not signed in
        assertThat(console.get("/admin/login?error").body()).contains("用户名或密码错误");
        assertThat(TestHttp.to(port).call("GET", "/api/admin/supervision/tasks", TestHttp.basic("admin", "not-the-password"))
                .statusCode()).isEqualTo(401);

        var right = console.login("admin", PASSWORD);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElseThrow()).contains("/admin").doesNotContain("login");
        var overview = console.get("/admin");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("总览", "退出");
        assertThat(overview.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));

        assertThat(jdbc.sql("SELECT action || '/' || outcome FROM admin_action ORDER BY id").query(String.class).list())
                .contains("登录失败/拒绝", "登录/成功");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        var console = new ConsoleHttp(port);
        console.get("/admin/login");
        var loginWithoutToken = console.postRaw("/admin/login", Map.of("username", "admin", "password", PASSWORD), Map.of());
        assertThat(loginWithoutToken.statusCode()).isEqualTo(403);
        assertThat(console.get("/admin").statusCode()).isEqualTo(302); // not signed in by it

        assertThat(console.login("admin", PASSWORD).statusCode()).isEqualTo(302);
        console.get("/admin");
        var withoutToken = console.postRaw("/admin/knowledge/reindex", Map.of(), Map.of());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("安全令牌");
        var wrongToken = console.postRaw("/admin/knowledge/reindex", Map.of("_csrf", "forged"), Map.of());
        assertThat(wrongToken.statusCode()).isEqualTo(403);
    }

    @Test
    void theSixthRapidFailedLoginIsRefusedEvenWithTheRightPassword() throws Exception {
        var console = new ConsoleHttp(port);
        for (int i = 1; i <= 5; i++) {
            var failed = console.login("admin", "guess-" + i);
            assertThat(failed.statusCode()).as("failure %d", i).isEqualTo(302);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("?error");
        }
        var sixth = console.login("admin", PASSWORD);
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
        assertThat(sixth.body()).contains("登录失败次数过多");
        assertThat(console.get("/admin").statusCode()).isEqualTo(302);

        // the admin API shares the allowance: the same address is refused there too, before the password is checked
        var api = TestHttp.to(port).call("GET", "/api/admin/supervision/tasks", TestHttp.basic("admin", PASSWORD));
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.body()).contains("\"error\"", "登录失败次数过多");
    }

    @Test
    void theAdminApiCountsItsOwnFailuresTowardsTheSameThrottle() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(TestHttp.to(port).call("POST", "/api/admin/reindex", TestHttp.basic("admin", "guess-" + i))
                    .statusCode()).isEqualTo(401);
        }
        assertThat(TestHttp.to(port).call("POST", "/api/admin/reindex", TestHttp.basic("admin", PASSWORD)).statusCode())
                .isEqualTo(429);
        assertThat(new ConsoleHttp(port).login("admin", PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void missingCredentialsAreNotCountedAsFailures() throws Exception {
        for (int i = 0; i < 8; i++) {
            assertThat(TestHttp.to(port).call("GET", "/api/admin/supervision/tasks", null).statusCode()).isEqualTo(401);
        }
        assertThat(TestHttp.to(port).call("GET", "/api/admin/supervision/tasks", TestHttp.basic("admin", PASSWORD))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminApiRefusesWhatABrowserSendsForAnotherSite() throws Exception {
        String basic = TestHttp.basic("admin", PASSWORD);
        assertThat(send("POST", "/api/admin/reindex", basic, Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/admin/reindex", basic, Map.of("Sec-Fetch-Site", "same-site")).statusCode()).isEqualTo(403);
        var byOrigin = send("POST", "/api/admin/reindex", basic, Map.of("Origin", "https://evil.example"));
        assertThat(byOrigin.statusCode()).isEqualTo(403);
        assertThat(byOrigin.body()).contains("拒绝跨站请求");
        assertThat(send("GET", "/api/admin/supervision/tasks", basic, Map.of("Origin", "null")).statusCode()).isEqualTo(403);

        assertThat(send("POST", "/api/admin/reindex", basic, Map.of("Sec-Fetch-Site", "same-origin")).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/admin/reindex", basic, Map.of("Origin", "http://127.0.0.1:" + port)).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/admin/reindex", basic, Map.of()).statusCode()).isEqualTo(200); // curl
    }

    @Test
    void theConsoleRefusesFormsPostedFromAnotherSiteButFollowsLinksFromThere() throws Exception {
        var console = new ConsoleHttp(port);
        console.login("admin", PASSWORD);
        console.get("/admin");
        var forged = console.postRaw("/admin/knowledge/reindex", Map.of("_csrf", console.csrf()), Map.of("Sec-Fetch-Site", "cross-site"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("拒绝跨站请求");
        assertThat(send("GET", "/admin/login", null, Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(200);
    }

    @Test
    void aReadOnlyAccountLooksButChangesNothing() throws Exception {
        String basic = TestHttp.basic("reader", READER_PASSWORD);
        assertThat(TestHttp.to(port).call("GET", "/api/admin/supervision/tasks", basic).statusCode()).isEqualTo(200);
        var post = TestHttp.to(port).call("POST", "/api/admin/reindex", basic);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.body()).contains("只读账号");

        var console = new ConsoleHttp(port);
        assertThat(console.login("reader", READER_PASSWORD).statusCode()).isEqualTo(302);
        var page = console.get("/admin");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("王只读", "只读");
        var change = console.post("/admin/knowledge/reindex", Map.of());
        assertThat(change.statusCode()).isEqualTo(403);
        assertThat(change.body()).contains("只读账号");
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        var console = new ConsoleHttp(port);
        console.login("admin", PASSWORD);
        console.get("/admin");
        var out = console.post("/admin/logout", Map.of());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?logout");
        assertThat(console.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void chatHealthAndThePageNeedNoLoginNorToken() throws Exception {
        var chat = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"帮助\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chat.statusCode()).isEqualTo(200);
        assertThat(chat.headers().firstValue("Set-Cookie")).isEmpty(); // no session outside the console
        assertThat(send("GET", "/actuator/health", null, Map.of()).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/", null, Map.of()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path, String authorization, Map<String, String> headers)
            throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
