package org.campaignbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.campaignbot.console.ConsoleTestBase;
import org.campaignbot.testing.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whichever layer refuses a request (a filter, the security chain, a controller, Spring's own binding, the
 * container's {@code /error}), a JSON client gets one shape: {@code {"error": "<Chinese>"}} and the right 4xx.
 * It only needs the app with the console and an admin password, so it runs in the console tests' context instead
 * of starting one of its own.
 */
class ErrorShapeTest extends ConsoleTestBase {
    static final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> send(String method, String path, String contentType, String body, String accept) {
        return TestHttp.to(port).send(method, path, contentType, body, accept == null ? new String[0] : new String[] {"Accept", accept});
    }

    static void assertShape(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.propertyNames()).as(response.body()).containsExactly("error");
        assertThat(body.get("error").asString()).as("a Chinese sentence").containsPattern("\\p{IsHan}");
    }

    @Test
    void controllersAndSpringsOwnBindingAnswerInTheOneShape() throws Exception {
        assertShape(send("POST", "/api/chat", "application/json", "{\"text\": ", null), 400);
        assertShape(send("GET", "/api/search?q=x&k=abc", null, null, null), 400);
        assertShape(send("DELETE", "/api/chat", null, null, null), 405);
        assertShape(send("GET", "/api/no-such-thing", null, null, null), 404);
        assertShape(send("GET", "/api/no-such-thing", null, null, "text/html"), 404); // a browser still gets JSON
    }

    @Test
    void filtersAndTheSecurityChainAnswerInTheOneShape() throws Exception {
        assertShape(send("POST", "/api/chat", "text/plain", "hi", null), 415);
        assertShape(send("GET", "/api/admin/quiz/questions", null, null, null), 401);
        assertShape(TestHttp.to(port).call("GET", "/api/admin/quiz/questions", TestHttp.basic("admin", "wrong")), 401);
    }

    @Test
    void adminControllersAnswerInTheOneShape() throws Exception {
        String admin = TestHttp.basic("admin", PASSWORD);
        assertShape(TestHttp.to(port).call("GET", "/api/admin/quiz/questions/987654", admin), 404);
        assertShape(TestHttp.to(port).call("GET", "/api/admin/quiz/questions/abc", admin), 400);
        assertShape(TestHttp.to(port).call("POST", "/api/admin/supervision/tasks/abc/close", admin), 400);
    }

    @Test
    void theContainersErrorPageAnswersInTheOneShapeNotSpringBootsDefault() throws Exception {
        // the firewall in front of everything refuses "//" and sends the request on to /error
        assertShape(send("GET", "/api//search?q=x", null, null, null), 400);
        assertShape(send("GET", "/error", null, null, null), 404);
    }

    @Test
    void aBrowserOnTheConsoleGetsAPageNotJson() throws Exception {
        var page = send("GET", "/admin//ledger", null, null, "text/html,application/xhtml+xml");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("无法完成", "返回总览");
    }
}
