package org.campaignbot.channel.wecom;

import org.campaignbot.channel.inbound.InboundPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Undoes "taken" for a WeCom message that will not be answered here (shutting down, a failure before the core ran):
 * its answer row goes, and the pipeline releases its dedupe record and inbox claim, so WeCom's retry is answered
 * instead of being treated as a repeat. Only for messages the core never saw; once a reply exists, a retry must get
 * that reply.
 */
@Component
@Conditional(WeComConditions.AnyCallback.class)
class Unanswered {
    private static final Logger log = LoggerFactory.getLogger(Unanswered.class);
    private final WeComAnswerStore store;
    private final InboundPipeline pipeline;

    Unanswered(WeComAnswerStore store, InboundPipeline pipeline) {
        this.store = store;
        this.pipeline = pipeline;
    }

    /** @param status the status the answer row was left in, or null when none was written */
    void release(String key, String status, Throwable why) {
        try {
            if (status != null) {
                store.abandon(key, status);
            }
        } catch (RuntimeException e) { // the database is what failed: the original failure is the one to report
            log.error("撤销企业微信消息 {} 的答复记录失败", key, e);
        }
        pipeline.release(key, why);
    }

    /**
     * For {@code exceptionally} on an answer's future: a question the service stopped before answering is released
     * (with its answer row, left in {@code status}) for WeCom's retry; any other failure is logged, and the inbox,
     * which still holds the question, answers it again after the lease.
     *
     * @param whatFailed the log's words for the step that failed
     */
    Void afterFailure(String key, String status, Throwable failure, String whatFailed) {
        if (failure.getCause() instanceof InboundPipeline.NotAnswered notAnswered) {
            release(key, status, notAnswered);
        } else {
            log.error("{}（{}）", whatFailed, key, failure);
        }
        return null;
    }
}
