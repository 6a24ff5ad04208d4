package org.campaignbot.answer.followup;

import java.util.List;

/**
 * What a follow-up may refer back to: the previous question as understood, and what its answer was about.
 *
 * @param question the previous question, follow-ups already resolved
 * @param subject  the person, unit, task or heading the answer was about, or ""
 * @param person   the person the answer was about ("他" refers to them), or ""
 * @param task     the one task the answer was about ("这项任务" refers to it), or ""
 * @param items    the items the answer listed, in order ("第二条" refers to the second)
 */
public record Turn(String question, String subject, String person, String task, List<String> items) {
    public Turn {
        subject = subject == null ? "" : subject;
        person = person == null ? "" : person;
        task = task == null ? "" : task;
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Turn of(String question) {
        return new Turn(question, "", "", "", List.of());
    }
}
