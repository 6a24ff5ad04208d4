package org.campaignbot.conversation.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups questions that ask about the same thing, for the 未找到答案 view: the office reads one line per subject
 * ("乡村振兴", 12 times, by 7 people) instead of 40 questions.
 *
 * <p>How it works, deliberately simple so it can be explained: a question is reduced to its characters that carry
 * meaning (punctuation, spaces and question words such as 请问、什么、哪些、怎么 removed), then to its set of
 * character pairs (二字组合: "乡村振兴" → 乡村、村振、振兴). Two questions are alike when the pairs they share are at
 * least {@link #THRESHOLD} of all the pairs either has (Jaccard similarity). Questions are taken newest first, and
 * each joins the group holding its most alike question if that reaches the threshold, else starts a new group.
 */
public final class SimilarQuestions {
    /** Shared pairs / all pairs at which two questions count as the same subject. */
    public static final double THRESHOLD = 0.3;
    private static final List<String> FILLERS = List.of("请问", "你好", "您好", "什么", "哪些", "哪个", "哪里", "怎么样",
            "怎么", "怎样", "如何", "多少", "是不是", "有没有", "能不能", "可以吗", "一下", "吗", "呢", "啊", "呀", "吧");

    private SimilarQuestions() {
    }

    /**
     * A subject: its questions, newest first.
     *
     * @param example the most recent wording
     * @param people  distinct askers (channel and user id)
     */
    public record Group(String example, List<QaEntry> questions, int people, Instant lastAsked, List<String> wordings) {
        public int count() {
            return questions.size();
        }
    }

    /** Groups the questions (given newest first), largest group first, then the most recently asked. */
    public static List<Group> group(List<QaEntry> questions) {
        List<List<QaEntry>> groups = new ArrayList<>();
        List<List<Set<String>>> pairs = new ArrayList<>();
        for (QaEntry q : questions) {
            Set<String> mine = pairs(q.question());
            int best = -1;
            double bestScore = 0;
            for (int g = 0; g < groups.size(); g++) {
                for (Set<String> other : pairs.get(g)) {
                    double s = jaccard(mine, other);
                    if (s > bestScore) {
                        bestScore = s;
                        best = g;
                    }
                }
            }
            if (best >= 0 && bestScore >= THRESHOLD) {
                groups.get(best).add(q);
                pairs.get(best).add(mine);
            } else {
                groups.add(new ArrayList<>(List.of(q)));
                pairs.add(new ArrayList<>(List.of(mine)));
            }
        }
        return groups.stream().map(SimilarQuestions::summarise)
                .sorted(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::lastAsked, Comparator.reverseOrder()))
                .toList();
    }

    private static Group summarise(List<QaEntry> questions) {
        Set<String> people = new HashSet<>();
        Set<String> wordings = new LinkedHashSet<>();
        Instant last = Instant.EPOCH;
        for (QaEntry q : questions) {
            people.add(q.channel() + ":" + q.userId());
            wordings.add(q.question());
            last = q.askedAt().isAfter(last) ? q.askedAt() : last;
        }
        return new Group(questions.get(0).question(), List.copyOf(questions), people.size(), last,
                wordings.stream().limit(5).toList());
    }

    /** The question's meaningful characters, as pairs; a single character stands for itself. */
    static Set<String> pairs(String question) {
        String text = question.toLowerCase();
        for (String filler : FILLERS) {
            text = text.replace(filler, " ");
        }
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        int[] cps = kept.codePoints().toArray();
        Set<String> out = new HashSet<>();
        if (cps.length == 1) {
            out.add(new String(cps, 0, 1));
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? 1 : 0;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
