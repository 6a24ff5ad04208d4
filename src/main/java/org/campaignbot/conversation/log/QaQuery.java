package org.campaignbot.conversation.log;

import java.time.LocalDate;

/**
 * What to look for in the 问答日志; null or blank fields match everything.
 *
 * @param from       first day (Beijing time) included
 * @param to         last day included
 * @param user       part of the user id or name
 * @param text       part of the question
 * @param unanswered only the questions the knowledge base could not answer
 */
public record QaQuery(LocalDate from, LocalDate to, String user, String text, boolean unanswered) {

    public static QaQuery all() {
        return new QaQuery(null, null, null, null, false);
    }
}
