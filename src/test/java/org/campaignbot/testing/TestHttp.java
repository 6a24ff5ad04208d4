package org.campaignbot.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls to the app a test started, the one way every test does it: HTTP/1.1 (no h2c upgrade dance the
 * platforms never do), redirects not followed (tests look at them), a 30-second ceiling per call, bodies as UTF-8.
 * {@link #withCookies()} gives a client with a cookie jar of its own, for the console's session. (LoopbackTest alone
 * uses OkHttp: it forges the Host header, which the JDK client refuses to set.)
 *
 * <pre>
 * var http = TestHttp.to(port);
 * http.get("/actuator/health");
 * http.postJson("/api/chat", Map.of("text", "三抓三促是什么"));
 * http.send("DELETE", "/api/admin/…", null, null, "Authorization", TestHttp.basic("admin", password));
 * </pre>
 */
public final class TestHttp {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient SHARED = client(false);
    private final String base;
    private final HttpClient client;

    private TestHttp(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** The app on this port of the loopback interface. */
    public static TestHttp to(int port) {
        return new TestHttp("http://127.0.0.1:" + port, SHARED);
    }

    /** The same server, through a client with a cookie jar of its own. */
    public TestHttp withCookies() {
        return new TestHttp(base, client(true));
    }

    private static HttpClient client(boolean cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        return builder.build();
    }

    /** An Authorization header value for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    /** GET with headers given as name, value, name, value … */
    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, null, (byte[]) null, headers);
    }

    /** GET, POST … with an empty body, as an admin client calls the API; {@code authorization} may be null. */
    public HttpResponse<String> call(String method, String pathAndQuery, String authorization) {
        return authorization == null ? send(method, pathAndQuery, null, (byte[]) null)
                : send(method, pathAndQuery, null, (byte[]) null, "Authorization", authorization);
    }

    public HttpResponse<String> post(String pathAndQuery, String contentType, String body, String... headers) {
        return send("POST", pathAndQuery, contentType, body, headers);
    }

    /** POST of a value as JSON. */
    public HttpResponse<String> postJson(String pathAndQuery, Object body, String... headers) {
        return post(pathAndQuery, "application/json", body instanceof String s ? s : JSON.writeValueAsString(body), headers);
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body, String... headers) {
        return send(method, pathAndQuery, contentType, body == null ? null : body.getBytes(UTF_8), headers);
    }

    /** Any method; {@code contentType} and {@code body} may be null (no header, empty body). */
    public HttpResponse<String> send(String method, String pathAndQuery, String contentType, byte[] body, String... headers) {
        return send(request(method, pathAndQuery, contentType, body, headers).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    /** As {@link #send}, for a binary answer (exports, downloads). */
    public HttpResponse<byte[]> sendForBytes(String method, String pathAndQuery, String contentType, byte[] body,
                                             String... headers) {
        return send(request(method, pathAndQuery, contentType, body, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request builder with this client's address and ceiling, for what the shortcuts above do not cover. */
    public HttpRequest.Builder request(String method, String pathAndQuery, String contentType, byte[] body,
                                      String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** Sends a request built by the caller (e.g. a streamed body); interruption and I/O failures fail the test. */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.method() + " " + request.uri(), e);
        }
    }

    /** Form fields, URL-encoded as a browser posts them. */
    public static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> out.append(out.isEmpty() ? "" : "&").append(enc(name)).append('=').append(enc(value)));
        return out.toString();
    }

    public static String enc(String s) {
        return java.net.URLEncoder.encode(s, UTF_8);
    }
}
