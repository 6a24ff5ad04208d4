package org.campaignbot.channel.wecom;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to WeCom's APIs. Every answer's {@code errcode} is checked (WeCom reports failures with HTTP 200), and the
 * transient ones (-1 busy, 45009 frequency limit, network trouble) are retried here a few times with backoff before
 * the caller sees them. Nothing is logged here: URLs carry tokens and webhook keys.
 */
@Component
@Conditional(WeComConditions.Enabled.class)
class WeComHttp {
    private static final int ATTEMPTS = 3;

    private final HttpClient client;
    private final JsonMapper json;
    private final Duration timeout;
    private final Duration backoff;

    WeComHttp(WeComProperties properties, JsonMapper json) {
        this.timeout = properties.httpTimeout();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect would carry the key or token to another host
                .build();
        this.json = json;
        this.backoff = properties.retryBackoff();
    }

    JsonNode get(String url) throws WeComApiException {
        return withRetries(builder(url).GET().build());
    }

    JsonNode post(String url, JsonNode body) throws WeComApiException {
        return withRetries(builder(url).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build());
    }

    private HttpRequest.Builder builder(String url) throws WeComApiException {
        try {
            return HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        } catch (IllegalArgumentException e) {
            throw new WeComApiException(WeComApiException.HTTP, "地址格式无效"); // not e's message: it quotes the URL
        }
    }

    private JsonNode withRetries(HttpRequest request) throws WeComApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(request);
            } catch (WeComApiException e) {
                if (!e.isTransient() || attempt >= ATTEMPTS) {
                    throw e;
                }
                sleep(backoff.multipliedBy(1L << (attempt - 1)));
            }
        }
    }

    private JsonNode once(HttpRequest request) throws WeComApiException {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new WeComApiException(WeComApiException.HTTP, "HTTP " + response.statusCode());
            }
            JsonNode node = json.readTree(response.body());
            int errcode = node.path("errcode").asInt(0);
            if (errcode != 0) {
                throw new WeComApiException(errcode, node.path("errmsg").asString(""));
            }
            return node;
        } catch (IOException e) {
            throw new WeComApiException(WeComApiException.NETWORK, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeComApiException(WeComApiException.NETWORK, "interrupted");
        } catch (JacksonException e) {
            throw new WeComApiException(WeComApiException.HTTP, "返回内容不是 JSON");
        }
    }

    private static void sleep(Duration d) throws WeComApiException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeComApiException(WeComApiException.NETWORK, "interrupted");
        }
    }
}
