package org.campaignbot.channel.wecom;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code message/send}: the app writes to one user. A rejected token (40014, 42001) is refreshed and the call
 * repeated once; other errors go to the caller.
 */
@Component
@Conditional(WeComConditions.AppSend.class)
class AppMessageClient {
    private final WeComHttp http;
    private final AccessTokenCache tokens;
    private final JsonMapper json;
    private final WeComProperties properties;

    AppMessageClient(WeComHttp http, AccessTokenCache tokens, JsonMapper json, WeComProperties properties) {
        this.http = http;
        this.tokens = tokens;
        this.json = json;
        this.properties = properties;
    }

    /** @param content at most 2,048 bytes; callers split longer text */
    void send(String userId, String content, boolean markdown) throws WeComApiException {
        String type = markdown ? "markdown" : "text";
        ObjectNode body = json.createObjectNode()
                .put("touser", userId)
                .put("msgtype", type)
                .put("agentid", Long.parseLong(properties.agentId()))
                .put("safe", 0);
        body.putObject(type).put("content", content);
        String token = tokens.get();
        try {
            http.post(url(token), body);
        } catch (WeComApiException e) {
            if (!e.isTokenRejected()) {
                throw e;
            }
            tokens.invalidate(token);
            http.post(url(tokens.get()), body);
        }
    }

    private String url(String token) {
        return properties.apiBaseUrl() + "/cgi-bin/message/send?access_token=" + token;
    }
}
