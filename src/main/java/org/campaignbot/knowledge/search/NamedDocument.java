package org.campaignbot.knowledge.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;

/**
 * A question that names one document by its title ("推进会上说台账梳理了多少项任务", "动员部署会议强调了什么",
 * "实施方案的总体要求") is about that document. The name is not part of what is asked: left in the query, "推进会"
 * matches the one passage that mentions the meeting (the speech's opening words) and outranks the passage that
 * answers. So the name is taken out of the words searched for, and passages of other documents weigh less.
 *
 * <p>A name is a run of three or more characters of the question that occurs in some titles but not in all of them
 * and contains a word for a document or a meeting (会, 讲话, 方案, 通知, …): "政务服务" alone names a topic, not the
 * 政务服务管理局's plan.
 *
 * @param name   the run of the question that names the documents, or "" when it names none
 * @param titles the titles it names
 */
public record NamedDocument(String name, Set<String> titles) {
    static final NamedDocument NONE = new NamedDocument("", Set.of());
    private static final int MIN_NAME = 3;
    /** Longer runs of a title are not how questions name a document ("推进会上", "动员部署会议", "实施方案"). */
    private static final int MAX_NAME = 10;
    private static final Pattern DOCUMENT_WORD = Pattern.compile("会|讲话|方案|通知|意见|办法|细则|规定|纪要|报告|决定|要点");

    static NamedDocument of(String question, List<String> titles) {
        return of(question, new Titles(titles));
    }

    /**
     * The runs of the documents' titles that may name them (three to {@link #MAX_NAME} characters, holding a word for a
     * document or a meeting), each with the titles that contain it; built once per catalog, so that a question is
     * compared with a thousand titles by a few lookups.
     */
    static final class Titles {
        private final java.util.Map<String, Set<String>> byRun = new java.util.HashMap<>();
        private final int count;

        Titles(List<String> titles) {
            count = titles.size();
            for (String title : titles) {
                String t = HalfWidth.of(title);
                for (int start = 0; start < t.length(); start++) {
                    for (int end = start + MIN_NAME; end <= Math.min(t.length(), start + MAX_NAME); end++) {
                        String run = t.substring(start, end);
                        if (DOCUMENT_WORD.matcher(run).find()) {
                            byRun.computeIfAbsent(run, r -> new java.util.HashSet<>()).add(title);
                        }
                    }
                }
            }
        }
    }

    static NamedDocument of(String question, Titles titles) {
        if (titles.count < 2) {
            return NONE;
        }
        String q = HalfWidth.of(question);
        String best = "";
        Set<String> named = Set.of();
        // the longest run of the question that some titles contain, but not all
        for (int start = 0; start < q.length(); start++) {
            for (int end = Math.min(q.length(), start + MAX_NAME); end - start >= MIN_NAME && end - start > best.length(); end--) {
                Set<String> in = titles.byRun.get(q.substring(start, end));
                if (in != null && in.size() < titles.count) {
                    best = q.substring(start, end);
                    named = in;
                    break;
                }
            }
        }
        return best.isEmpty() ? NONE : new NamedDocument(best, Set.copyOf(named));
    }

    /**
     * The question without the name's distinctive words, for the searches: "推进会上说…" → "会上说…". The word for the
     * kind of document stays, because "为什么要出这个工作方案" asks about the plan itself ("制定本方案").
     */
    String withoutName(String question) {
        if (name.isEmpty()) {
            return question;
        }
        var kind = DOCUMENT_WORD.matcher(name);
        return HalfWidth.of(question).replace(name, kind.find() ? " " + kind.group() + " " : " ");
    }

    /** Weight of a passage of the given document: passages of documents the question does not name weigh less. */
    double weight(String title) {
        return name.isEmpty() || titles.contains(title) ? 1.0 : DocumentHint.OTHER_DOCUMENT;
    }
}
