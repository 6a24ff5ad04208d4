package org.campaignbot.channel.wecom;

import org.campaignbot.channel.MessageDeduplicator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Undoes "seen" for a message that was taken but will not be answered (answer queue full, shutting down, a failure
 * before the core ran): its answer row and its dedupe record go, so WeCom's retry is answered instead of being
 * treated as a repeat. Only for messages the core never saw; once a reply exists, a retry must get that reply.
 */
@Component
@Conditional(WeComConditions.AnyCallback.class)
class Unanswered {
    private static final Logger log = LoggerFactory.getLogger(Unanswered.class);
    private final WeComAnswerStore store;
    private final MessageDeduplicator dedupe;

    Unanswered(WeComAnswerStore store, MessageDeduplicator dedupe) {
        this.store = store;
        this.dedupe = dedupe;
    }

    /** @param status the status the answer row was left in, or null when none was written */
    void release(String key, String status, Throwable why) {
        log.warn("企业微信消息 {} 未能作答（{}），已撤销去重记录，企业微信重试时将重新作答", key, why.toString());
        try {
            if (status != null) {
                store.abandon(key, status);
            }
            dedupe.forget(key);
        } catch (RuntimeException e) { // the database is what failed: the original failure is the one to report
            log.error("撤销企业微信消息 {} 的去重记录失败，重试将被当作重复消息", key, e);
        }
    }
}
