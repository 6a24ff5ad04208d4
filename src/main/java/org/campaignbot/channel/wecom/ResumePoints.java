package org.campaignbot.channel.wecom;

import java.time.Clock;
import java.time.Duration;
import org.campaignbot.outbox.OutboundMessage;
import org.campaignbot.outbox.OutboundTarget;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How far a split push got: the index of its first unsent part, in the database, so that after a failed part or a
 * restart sending resumes there instead of repeating earlier parts. Written after every part that went out; the
 * outbox's lease means one sender per message, so a plain update-or-insert is enough.
 */
@Component
@Conditional(WeComConditions.Enabled.class)
class ResumePoints {
    /**
     * A row untouched this long belongs to a push that has been failing for a week (the outbox retries at most every
     * 30 minutes) or was removed from the outbox; if it is ever sent, it starts again from its first part.
     */
    private static final Duration KEEP = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;

    ResumePoints(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One push: its target, its format and its text (the parts follow from these). */
    static String key(OutboundTarget target, OutboundMessage message) {
        return "wecom:" + WeComSignature.sha1Hex(target.key() + "\n" + message.markdown() + "\n" + message.text());
    }

    int next(String key) {
        return jdbc.sql("SELECT next_part FROM channel_resume WHERE progress_key = ?").param(key)
                .query(Integer.class).optional().orElse(0);
    }

    void save(String key, int nextPart) {
        long now = clock.millis();
        if (jdbc.sql("UPDATE channel_resume SET next_part = ?, updated_at = ? WHERE progress_key = ?")
                .params(nextPart, now, key).update() == 0) {
            jdbc.sql("INSERT INTO channel_resume (progress_key, next_part, updated_at) VALUES (?, ?, ?)")
                    .params(key, nextPart, now).update();
        }
    }

    void done(String key) {
        jdbc.sql("DELETE FROM channel_resume WHERE progress_key = ?").param(key).update();
    }

    // housekeeping, not a setting: how often expired rows are deleted changes nothing anyone sees
    @Scheduled(fixedDelay = 3_600_000)
    void purgeOld() {
        jdbc.sql("DELETE FROM channel_resume WHERE updated_at < ?").param(clock.millis() - KEEP.toMillis()).update();
    }
}
