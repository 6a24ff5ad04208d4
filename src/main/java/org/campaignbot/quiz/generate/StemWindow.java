package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a long sentence a question shows: whole clauses around the asked phrase, enough to make the answer
 * clear (the speech's sentences run to 150 characters; a chat question should not). Always a verbatim substring.
 */
record StemWindow(int start, int end, String text) {
    private static final String CLAUSE_ENDS = ",，;；:：";
    private static final int MIN = 28;
    private static final int MAX = 72;
    // a stem should not open with the blank: "（　）等方面的专业素养…" reads better with the clause before it
    private static final int LEAD_IN = 4;

    /** Clauses around {@code [from, to)} of {@code body}. */
    public static StemWindow around(String body, int from, int to) {
        List<Clause> clauses = clauses(body);
        int first = 0;
        while (clauses.get(first).end() <= from) {
            first++;
        }
        int last = first;
        while (clauses.get(last).end() < to) {
            last++;
        }
        if (first > 0 && from - clauses.get(first).start() < LEAD_IN && length(clauses, first - 1, last) <= MAX) {
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
        int s = clauses.get(first).start();
        int e = clauses.get(last).end();
        while (e > s && CLAUSE_ENDS.indexOf(body.charAt(e - 1)) >= 0) {
            e--;
        }
        return new StemWindow(s, e, body.substring(s, e));
    }

    /** The window with {@code [from, to)} of the body replaced. */
    public String replace(String body, int from, int to, String replacement) {
        return body.substring(start, from) + replacement + body.substring(to, end);
    }

    private static int length(List<Clause> clauses, int first, int last) {
        return clauses.get(last).end() - clauses.get(first).start();
    }

    /** One clause of the body: {@code [start, end)}, its closing punctuation included. */
    private record Clause(int start, int end) {
    }

    private static List<Clause> clauses(String body) {
        List<Clause> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < body.length(); i++) {
            if (CLAUSE_ENDS.indexOf(body.charAt(i)) >= 0) {
                out.add(new Clause(s, i + 1));
                s = i + 1;
            }
        }
        if (s < body.length()) {
            out.add(new Clause(s, body.length()));
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
