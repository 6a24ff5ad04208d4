package org.campaignbot.channel.wecom;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An intelligent robot can only speak in a chat when answering: each message brings a response_url, valid one hour
 * and usable once. Once a question's answer has been shown through the stream reply, its URL is unused; we keep the
 * newest such URL per chat, so a push to that chat can go out within the hour after someone last asked there.
 * Older than that, there is no way in, and the push waits in the outbox. Expired URLs are purged, so the table holds
 * at most the chats active in the last hour, however many chats the robot has ever been in.
 */
@Component
@Conditional(WeComConditions.AiBot.class)
class AiBotChatUrls {
    static final Duration VALID = Duration.ofMinutes(55); // WeCom says 1 h; keep a margin for clock drift

    private final JdbcClient jdbc;
    private final Clock clock;

    AiBotChatUrls(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(String chatId, String responseUrl) {
        if (chatId == null || responseUrl == null) {
            return;
        }
        long now = clock.millis();
        if (jdbc.sql("UPDATE wecom_chat_url SET response_url = ?, received_at = ? WHERE chat_id = ?")
                .params(responseUrl, now, chatId).update() == 0) {
            try {
                jdbc.sql("INSERT INTO wecom_chat_url (chat_id, response_url, received_at) VALUES (?, ?, ?)")
                        .params(chatId, responseUrl, now).update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                remember(chatId, responseUrl); // another instance inserted first: update instead
            }
        }
    }

    // housekeeping, not a setting: how often expired rows are deleted changes nothing anyone sees
    @Scheduled(fixedDelay = 600_000)
    void purgeExpired() {
        jdbc.sql("DELETE FROM wecom_chat_url WHERE received_at < ?").param(clock.millis() - VALID.toMillis()).update();
    }

    /** Takes the chat's URL if one is still valid; it is removed, since WeCom accepts each URL once. */
    Optional<String> take(String chatId) {
        long validSince = clock.millis() - VALID.toMillis();
        Optional<String> url = jdbc.sql("SELECT response_url FROM wecom_chat_url WHERE chat_id = ? AND received_at >= ?")
                .params(chatId, validSince).query(String.class).optional();
        return url.filter(u -> jdbc.sql("DELETE FROM wecom_chat_url WHERE chat_id = ? AND response_url = ?")
                .params(chatId, u).update() == 1);
    }
}
