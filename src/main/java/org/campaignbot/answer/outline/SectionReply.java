package org.campaignbot.answer.outline;

import java.util.ArrayList;
import java.util.List;
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.structure.Section;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;

/**
 * Answers with what stands under a heading, never the bare heading: a part with sub-parts is listed by its
 * sub-headings in order (each with its first sentence while the reply stays short); a part without them is quoted
 * sentence by sentence. Every quotation is verbatim and the citation is the part's heading path.
 */
public final class SectionReply {
    /** Quotation budget, in characters: a chat reply a cadre reads on a phone. */
    static final int MAX_QUOTE_CHARS = 300;
    /** A list of sub-headings may be longer than a quotation: each item is short and the list is the answer. */
    static final int MAX_LIST_CHARS = 420;

    private SectionReply() {
    }

    /** The topics of the listed sub-parts, in order, so a follow-up like "第二条具体说说" can name one. */
    public static List<String> items(SectionMatch match) {
        return listed(match.section()).children().stream().map(Section::topic).toList();
    }

    /**
     * The part whose sub-parts are listed: a part whose only content is one sub-part with sub-parts of its own ("第四章
     * 实施步骤" holding just "第十二条 …分三个阶段推进：" and its three stages) is listed by that sub-part's, since
     * "共 1 个部分" tells nothing.
     */
    static Section listed(Section s) {
        Section at = s;
        while (at.body().isEmpty() && at.children().size() == 1 && !at.children().get(0).children().isEmpty()) {
            at = at.children().get(0);
        }
        return at;
    }

    /**
     * The first match answered in full; the same part of other documents named after it with its sub-headings, so a
     * cadre who meant the other plan sees it too.
     */
    public static Reply of(List<SectionMatch> matches) {
        return of(matches, false);
    }

    /** "主要任务下面每块各有哪几条": the sub-parts' own sub-headings are wanted, not their first sentences. */
    private static final java.util.regex.Pattern EACH_PART = java.util.regex.Pattern.compile(
            "每块|每一块|每部分|每一部分|每个部分|每个方面|每一条|各有|各自|各包括|下面.{0,4}分别|分别.{0,4}(?:下面|包括|有)");

    /** The reply to the question: as {@link #of(List)}, two levels deep when it asks what each part holds. */
    public static Reply forQuestion(List<SectionMatch> matches, String question) {
        return of(matches, EACH_PART.matcher(question).find());
    }

    private static Reply of(List<SectionMatch> matches, boolean eachPart) {
        Reply first = eachPart && deep(matches.get(0).section()) ? twoLevels(matches.get(0)) : of(matches.get(0));
        if (matches.size() == 1) {
            return first;
        }
        StringBuilder more = new StringBuilder();
        List<Citation> citations = new ArrayList<>(first.citations());
        java.util.Set<String> shown = new java.util.HashSet<>(List.of(key(matches.get(0))));
        for (SectionMatch other : matches.subList(1, matches.size())) {
            if (!shown.add(key(other))) {
                continue; // a second copy of the same document (.docx and .pdf): nothing new to point to
            }
            Section s = other.section();
            List<String> parts = s.children().isEmpty() ? s.body().stream().limit(1).toList()
                    : s.children().stream().map(Section::heading).toList();
            Citation c = new Citation(other.document().title(), s.path(), String.join("\n", parts));
            citations.add(c);
            more.append("\n另见《").append(other.document().title()).append('》');
            if (s.level() == 0) {
                more.append("共 ").append(parts.size()).append(" 个部分：");
            } else {
                more.append('“').append(s.heading()).append("”：");
            }
            parts.forEach(p -> more.append("“").append(p).append("”"));
            more.append('[').append(citations.size()).append(']');
        }
        return more.isEmpty() ? first : Reply.withSources(first.body() + more.substring(1) + "\n", citations);
    }

    /** True when some sub-part has sub-parts of its own. */
    private static boolean deep(Section s) {
        return s.children().stream().anyMatch(c -> !c.children().isEmpty());
    }

    /** Each sub-part's heading with its own sub-headings after it, in order, within {@link #MAX_LIST_CHARS}. */
    static Reply twoLevels(SectionMatch match) {
        Section s = match.section();
        String title = match.document().title();
        List<String> quoted = new ArrayList<>();
        StringBuilder text = new StringBuilder(s.level() == 0 ? "《" + title + "》" : "“" + s.heading() + "”[1]");
        if (s.level() != 0) {
            quoted.add(s.heading());
        }
        text.append("共 ").append(s.children().size()).append(" 个部分：\n");
        int chars = 0;
        for (int i = 0; i < s.children().size(); i++) {
            Section c = s.children().get(i);
            text.append(i + 1).append(". “").append(c.heading()).append('”');
            quoted.add(c.heading());
            chars += c.heading().length();
            if (!c.children().isEmpty()) {
                text.append("：");
            }
            for (Section g : c.children()) {
                if (chars + g.heading().length() > MAX_LIST_CHARS) {
                    text.append("…");
                    break;
                }
                text.append("“").append(g.heading()).append('”');
                quoted.add(g.heading());
                chars += g.heading().length();
            }
            text.append("[1]\n");
        }
        Citation citation = new Citation(title, s.level() == 0 ? "" : s.path(), String.join("\n", quoted));
        return Reply.withSources(text.toString(), List.of(citation));
    }

    private static String key(SectionMatch m) {
        return m.document().title() + "|" + m.section().heading();
    }

    public static Reply of(SectionMatch match) {
        Section s = listed(match.section());
        String title = match.document().title();
        List<String> quoted = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (s.children().isEmpty()) {
            // a handbook's question ("12.问：…？") is not quoted: its answer under it is
            boolean question = HeadingDetector.isQuestion(s.heading());
            text.append(s.level() == 0 ? "《" + title + "》：\n" : question ? "" : "“" + s.heading() + "”[1]\n");
            quoted.add(s.heading());
            int chars = s.level() == 0 || question ? 0 : s.heading().length();
            int sentences = 0;
            // a long part that lists its points ("一是…二是…三是…") is quoted point by point, not cut after the first
            java.util.Optional<List<String>> points = ItemLeads.pick(s.body(), MAX_QUOTE_CHARS - chars);
            boolean cutAtBudget = points.isEmpty(); // the points are chosen to fit already
            for (String sentence : points.orElse(s.body())) {
                if (org.campaignbot.knowledge.table.DutyParenthesis.isDutyText(sentence)) {
                    continue; // "（责任单位：…；" "责任人：王志刚；": the task's columns, which a duty answer shows whole
                }
                if (cutAtBudget && sentences > 0 && chars + sentence.length() > MAX_QUOTE_CHARS) {
                    break; // at least one sentence under the heading, never the bare heading
                }
                sentences++;
                text.append("“").append(sentence).append("”[1]\n");
                quoted.add(sentence);
                chars += sentence.length();
            }
        } else {
            String name = s.level() == 0 ? "《" + title + "》" : "“" + s.heading() + "”[1]";
            if (s.level() != 0) {
                quoted.add(s.heading());
            }
            text.append(name).append("共 ").append(s.children().size()).append(" 个部分：");
            // "下面，我讲四点意见。": the speaker's own count, which is how a cadre remembers the speech
            java.util.Optional<String> announced = s.level() == 0 ? CountAnnounced.in(s) : java.util.Optional.empty();
            announced.ifPresent(a -> {
                text.append('“').append(a).append("”[1]");
                quoted.add(a);
            });
            text.append('\n');
            List<Section> children = s.children();
            int chars = children.stream().mapToInt(c -> c.heading().length()).sum();
            for (int i = 0; i < children.size(); i++) {
                Section c = children.get(i);
                text.append(i + 1).append(". “").append(c.heading()).append('”');
                quoted.add(c.heading());
                String first = c.body().isEmpty() ? "" : c.body().get(0);
                if (!first.isEmpty() && chars + first.length() <= MAX_LIST_CHARS) {
                    text.append("“").append(first).append('”');
                    quoted.add(first);
                    chars += first.length();
                }
                text.append("[1]\n");
            }
        }
        String section = s.level() == 0 ? "" : s.path();
        Citation citation = new Citation(title, section, String.join("\n", quoted));
        return Reply.withSources(text.toString(), List.of(citation));
    }
}
