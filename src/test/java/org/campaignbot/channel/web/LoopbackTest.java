package org.campaignbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.campaignbot.BotTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.env.MockEnvironment;

/**
 * "Only this machine" used to mean "the socket is loopback", which a reverse proxy on the same host makes true for the
 * whole internet. Each attack is reproduced over real HTTP from 127.0.0.1; OkHttp is used because it lets a test set
 * the Host header, as a rebinding browser or a proxy would.
 */
@BotTest
@ExtendWith(OutputCaptureExtension.class)
class LoopbackTest {
    static final OkHttpClient http = new OkHttpClient();
    static final MediaType JSON = MediaType.get("application/json");
    @LocalServerPort
    int port;

    Response chat(String header, String value) throws Exception {
        Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + "/api/chat")
                .post(RequestBody.create("{\"text\":\"三抓三促是哪三项行动?\"}", JSON));
        if (header != null) {
            request.header(header, value);
        }
        return http.newCall(request.build()).execute();
    }

    int status(String header, String value) throws Exception {
        try (Response r = chat(header, value)) {
            if (r.code() == 403) {
                assertThat(r.body().string()).contains("仅允许本机直接访问", "bot.web.open");
            }
            return r.code();
        }
    }

    @Test
    void proxiedOrForeignHostRequestsAreNotLocal() throws Exception {
        assertThat(status(null, null)).isEqualTo(200);
        assertThat(status("Host", "localhost:" + port)).isEqualTo(200);
        assertThat(status("Host", "[::1]:" + port)).isEqualTo(200);
        // the attacks: a spoofed or proxy-added forwarding header, and a foreign Host (proxy or DNS rebinding)
        assertThat(status("X-Forwarded-For", "127.0.0.1")).isEqualTo(403);
        assertThat(status("X-Forwarded-Host", "localhost")).isEqualTo(403);
        assertThat(status("Forwarded", "for=127.0.0.1")).isEqualTo(403);
        assertThat(status("X-Real-IP", "127.0.0.1")).isEqualTo(403);
        assertThat(status("Host", "evil.example")).isEqualTo(403);
        assertThat(status("Host", "bot.example.gov.cn:443")).isEqualTo(403);
        assertThat(status("Host", "127.0.0.1.evil.example")).isEqualTo(403);
        try (Response page = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/")
                .header("X-Forwarded-For", "203.0.113.9").build()).execute()) {
            assertThat(page.code()).isEqualTo(403);
        }
    }

    @Test
    void healthDetailsOnlyForThisMachine() throws Exception {
        try (Response local = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/actuator/health").build()).execute()) {
            assertThat(local.body().string()).contains("\"components\"", "knowledge");
        }
        try (Response proxied = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/actuator/health")
                .header("X-Forwarded-For", "203.0.113.9").build()).execute()) {
            assertThat(proxied.code()).isEqualTo(200);
            assertThat(proxied.body().string()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        }
    }

    @Test
    void startUpWarnsWhenForwardHeadersAreTrusted(CapturedOutput output) {
        new ForwardHeadersWarning(new MockEnvironment().withProperty("server.forward-headers-strategy", "native")).warnIfSet();
        assertThat(output).contains("server.forward-headers-strategy=native", "/wecom/", "/dingtalk/");
        int before = output.length();
        new ForwardHeadersWarning(new MockEnvironment().withProperty("server.forward-headers-strategy", "none")).warnIfSet();
        new ForwardHeadersWarning(new MockEnvironment()).warnIfSet();
        assertThat(output.toString().substring(before)).doesNotContain("forward-headers-strategy");
    }
}
