package org.campaignbot.answer.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * Shortened names of the unit in a document's title, as cadres say them: 发改委 for 发展和改革委员会, 人社局 for 人力资源和
 * 社会保障局. Such a name keeps a few of the full name's characters, in order and close together, but none of its
 * bigrams, so it would count as the question's own topic ("发改委推项目建设这个方案重点任务分成哪几块" asks about the
 * 重点任务 of that document, not about 发改委).
 */
final class ShortTitleNames {
    /** The shortest name taken for a shortened one: two characters are too easily found in any long title. */
    private static final int MIN_LENGTH = 3;
    /** The most characters of the full name left out between two kept ones (发展和改: 展和 between 发 and 改; 总结暨再动员会议: 暨再动员 between 结 and 会). */
    private static final int MAX_GAP = 4;

    private ShortTitleNames() {
    }

    /** The runs with every shortened name of the title taken out (a run may split in two). */
    static List<String> without(List<String> runs, String title) {
        List<String> out = new ArrayList<>();
        for (String run : runs) {
            int start = 0;
            int i = 0;
            while (i < run.length()) {
                int end = shortNameEnd(run, i, title);
                if (end - i >= MIN_LENGTH && !title.contains(run.substring(i, end))) {
                    addIfAny(out, run.substring(start, i));
                    start = end;
                    i = end;
                } else {
                    i++;
                }
            }
            addIfAny(out, run.substring(start));
        }
        return out;
    }

    /** Where the longest shortened name starting at {@code from} ends (== from when none). */
    private static int shortNameEnd(String run, int from, String title) {
        int best = from;
        for (int at = title.indexOf(run.charAt(from)); at >= 0; at = title.indexOf(run.charAt(from), at + 1)) {
            int end = from + 1;
            int last = at;
            while (end < run.length()) {
                int next = title.indexOf(run.charAt(end), last + 1);
                if (next < 0 || next - last - 1 > MAX_GAP) {
                    break;
                }
                last = next;
                end++;
            }
            best = Math.max(best, end);
        }
        return best;
    }

    private static void addIfAny(List<String> out, String part) {
        if (!part.isEmpty()) {
            out.add(part);
        }
    }
}
