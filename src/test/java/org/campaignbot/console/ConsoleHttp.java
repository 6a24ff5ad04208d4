package org.campaignbot.console;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.testing.TestHttp;

/**
 * A browser without a browser: one cookie jar (the console session), redirects not followed, forms posted with the
 * CSRF token of the last page fetched, as a real form on that page would be.
 */
public final class ConsoleHttp {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final TestHttp http;
    private String csrf;

    public ConsoleHttp(int port) {
        this.http = TestHttp.to(port).withCookies();
    }

    public HttpResponse<String> get(String path) {
        var response = http.get(path);
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** Posts the fields with the CSRF token of the last page fetched. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        return postRaw(path, all, Map.of());
    }

    /** Posts name, value, name, value … (names may repeat, like ticked checkboxes) with the last page's CSRF token. */
    public HttpResponse<String> postPairs(String path, String... nameValues) {
        StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf == null ? "" : csrf, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            body.append('&').append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return http.post(path, "application/x-www-form-urlencoded", body.toString());
    }

    /** Posts a file as a browser's upload form does, with the last page's CSRF token and the extra fields. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----console" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        all.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send("POST", path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    /** Follows one redirect (the page a form post leads to), for its flash message. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "expected a redirect, got " + redirect.statusCode() + ": " + redirect.body()));
        return get(URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()));
    }

    /** Posts exactly these fields (no token added) with these extra headers. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields, Map<String, String> headers) {
        String[] pairs = headers.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
        return http.post(path, "application/x-www-form-urlencoded", TestHttp.form(fields), pairs);
    }

    /** Opens the login page (for its token) and posts the form; returns the answer to the post. */
    public HttpResponse<String> login(String user, String password) {
        get("/admin/login");
        return post("/admin/login", Map.of("username", user, "password", password));
    }

    public String csrf() {
        return csrf;
    }
}
