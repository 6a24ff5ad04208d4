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
 * @param ask      what the question asked of its subject ("什么时候到期" of 吴刚的任务), asked again of an item
 *                 named by its number ("第二项呢"); "" for "具体说说"
 * @param document the title of the document the answer quoted first ("第二部分呢" is a part of it), or ""
 */
public record Turn(String question, String subject, String person, String task, List<String> items, String ask,
                   String document) {
    public Turn {
        document = document == null ? "" : document;
        subject = subject == null ? "" : subject;
        person = person == null ? "" : person;
        task = task == null ? "" : task;
        items = items == null ? List.of() : List.copyOf(items);
        ask = ask == null ? "" : ask;
    }

    public Turn(String question, String subject, String person, String task, List<String> items, String ask) {
        this(question, subject, person, task, items, ask, "");
    }

    public Turn(String question, String subject, String person, String task, List<String> items) {
        this(question, subject, person, task, items, "");
    }

    public static Turn of(String question) {
        return new Turn(question, "", "", "", List.of(), "");
    }

    /** The same turn, its answer quoted first from the document titled {@code title}. */
    public Turn quoting(String title) {
        return new Turn(question, subject, person, task, items, ask, title);
    }
}
