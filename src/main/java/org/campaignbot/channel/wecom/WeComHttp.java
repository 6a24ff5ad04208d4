package org.campaignbot.channel.wecom;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to WeCom's APIs. Every answer's {@code errcode} is checked (WeCom reports failures with HTTP 200), and the
 * transient ones (-1 busy, 45009 frequency limit, network trouble) are retried here a few times with backoff before
 * the caller sees them. Nothing is logged here: URLs carry tokens and webhook keys. The client is the shared
 * {@code channelHttpClient} (no redirects) with this channel's timeout: connecting and the whole call each within
 * {@code bot.wecom.http-timeout}.
 */
@Component
@Conditional(WeComConditions.Enabled.class)
class WeComHttp {
    private static final int ATTEMPTS = 3;

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient client;
    private final JsonMapper json;
    private final Duration backoff;

    WeComHttp(WeComProperties properties, JsonMapper json, OkHttpClient channelHttpClient) {
        Duration timeout = properties.httpTimeout();
        this.client = channelHttpClient.newBuilder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .callTimeout(timeout)
                .followRedirects(false) // a redirect would carry the key or token to another host
                .followSslRedirects(false)
                .build();
        this.json = json;
        this.backoff = properties.retryBackoff();
    }

    JsonNode get(String url) throws WeComApiException {
        return withRetries(builder(url).get().build());
    }

    JsonNode post(String url, JsonNode body) throws WeComApiException {
        return withRetries(builder(url).post(RequestBody.create(json.writeValueAsBytes(body), JSON)).build());
    }

    private static Request.Builder builder(String url) throws WeComApiException {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new WeComApiException(WeComApiException.HTTP, "地址格式无效"); // never the URL: it holds the token
        }
        return new Request.Builder().url(parsed);
    }

    private JsonNode withRetries(Request request) throws WeComApiException {
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

    private JsonNode once(Request request) throws WeComApiException {
        try (Response response = client.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new WeComApiException(WeComApiException.HTTP, "HTTP " + response.code());
            }
            JsonNode node = json.readTree(response.body().bytes());
            int errcode = node.path("errcode").asInt(0);
            if (errcode != 0) {
                throw new WeComApiException(errcode, node.path("errmsg").asString(""));
            }
            return node;
        } catch (InterruptedIOException e) { // a timeout, or the thread was interrupted
            if (Thread.currentThread().isInterrupted()) {
                throw new WeComApiException(WeComApiException.NETWORK, "interrupted");
            }
            throw new WeComApiException(WeComApiException.NETWORK, e.getClass().getSimpleName());
        } catch (IOException e) {
            throw new WeComApiException(WeComApiException.NETWORK, e.getClass().getSimpleName());
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
