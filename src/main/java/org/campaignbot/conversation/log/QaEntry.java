package org.campaignbot.conversation.log;

import java.time.Instant;
import java.util.List;

/**
 * One question of the 问答日志.
 *
 * @param sources   the cited sources as 《title》section, in the reply's order; empty when declined
 * @param answered  false when the knowledge base had nothing on the question
 * @param latencyMs time from the question reaching the answerer to the reply
 */
public record QaEntry(long id, Instant askedAt, String channel, String conversationId, String userId, String userName,
                      String question, String reply, List<String> sources, boolean answered, AnswerMode mode,
                      int latencyMs) {

    /** The channel as the office calls it. */
    public String channelLabel() {
        return switch (channel) {
            case "wecom" -> "企业微信";
            case "dingtalk" -> "钉钉";
            case "web" -> "本机网页";
            default -> channel;
        };
    }

    /** Name and id, or whichever is known. */
    public String userLabel() {
        if (userName.isBlank()) {
            return userId;
        }
        return userName.equals(userId) ? userName : userName + "（" + userId + "）";
    }
}
