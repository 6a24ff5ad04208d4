package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a long sentence a question shows: whole clauses around the asked phrase, enough to make the answer
 * clear (the speech's sentences run to 150 characters; a chat question should not). Always a verbatim substring.
 */
public record StemWindow(int start, int end, String text) {
    private static final String CLAUSE_ENDS = ",，;；:：";
    private static final int MIN = 28;
    private static final int MAX = 72;
    // a stem should not open with the blank: "（　）等方面的专业素养…" reads better with the clause before it
    private static final int LEAD_IN = 4;

    /** Clauses around {@code [from, to)} of {@code body}. */
    public static StemWindow around(String body, int from, int to) {
        List<int[]> clauses = clauses(body);
        int first = 0;
        while (clauses.get(first)[1] <= from) {
            first++;
        }
        int last = first;
        while (clauses.get(last)[1] < to) {
            last++;
        }
        if (first > 0 && from - clauses.get(first)[0] < LEAD_IN && length(clauses, first - 1, last) <= MAX) {
            first--;
        }
        boolean grew = true;
        while (grew && length(clauses, first, last) < MIN) {
            grew = false;
            if (first > 0 && length(clauses, first - 1, last) <= MAX) {
                first--;
                grew = true;
            } else if (last < clauses.size() - 1 && length(clauses, first, last + 1) <= MAX) {
                last++;
                grew = true;
            }
        }
        int s = clauses.get(first)[0];
        int e = clauses.get(last)[1];
        while (e > s && CLAUSE_ENDS.indexOf(body.charAt(e - 1)) >= 0) {
            e--;
        }
        return new StemWindow(s, e, body.substring(s, e));
    }

    /** The window with {@code [from, to)} of the body replaced. */
    public String replace(String body, int from, int to, String replacement) {
        return body.substring(start, from) + replacement + body.substring(to, end);
    }

    private static int length(List<int[]> clauses, int first, int last) {
        return clauses.get(last)[1] - clauses.get(first)[0];
    }

    private static List<int[]> clauses(String body) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < body.length(); i++) {
            if (CLAUSE_ENDS.indexOf(body.charAt(i)) >= 0) {
                out.add(new int[] {s, i + 1});
                s = i + 1;
            }
        }
        if (s < body.length()) {
            out.add(new int[] {s, body.length()});
        }
        return out;
    }

    static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
