package org.campaignbot.channel.wecom;

import java.net.URI;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts markdown to an intelligent robot's {@code response_url} (plain JSON, no encryption, usable once).
 * Only URLs on the configured API host are used: the URL arrives inside a verified, encrypted callback, but a
 * second check keeps a bug elsewhere from turning this into a request to an arbitrary host.
 */
@Component
@Conditional(WeComConditions.AiBot.class)
class ResponseUrlClient {
    static final int MAX_BYTES = 20480;

    private final WeComHttp http;
    private final JsonMapper json;
    private final String apiHost;

    ResponseUrlClient(WeComHttp http, JsonMapper json, WeComProperties properties) {
        this.http = http;
        this.json = json;
        this.apiHost = URI.create(properties.apiBaseUrl()).getHost();
    }

    void postMarkdown(String responseUrl, String content) throws WeComApiException {
        if (!onApiHost(responseUrl)) {
            throw new WeComApiException(WeComApiException.HTTP, "response_url 不在企业微信接口域名下，未使用");
        }
        ObjectNode body = json.createObjectNode().put("msgtype", "markdown");
        body.putObject("markdown").put("content", content);
        http.post(responseUrl, body);
    }

    private boolean onApiHost(String url) {
        try {
            URI uri = URI.create(url);
            return apiHost != null && apiHost.equalsIgnoreCase(uri.getHost())
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
