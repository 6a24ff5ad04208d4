package org.campaignbot.knowledge.split;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences at 。！？；!?; (full-width and ASCII) and at line breaks (a chunk keeps its paragraph
 * breaks). Closing quotes and brackets that follow the end mark stay with the sentence, so a quotation is never
 * split from its closing ”.
 */
public final class SentenceSplitter {
    private static final String ENDS = "。！？；!?;";
    private static final String CLOSERS = "”’」』）)》\"'";

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            splitParagraph(paragraph, sentences);
        }
        return sentences;
    }

    private static void splitParagraph(String paragraph, List<String> sentences) {
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            if (ENDS.indexOf(paragraph.charAt(i)) < 0) {
                continue;
            }
            int end = i + 1;
            while (end < n && (ENDS.indexOf(paragraph.charAt(end)) >= 0 || CLOSERS.indexOf(paragraph.charAt(end)) >= 0)) {
                end++;
            }
            add(sentences, paragraph.substring(start, end));
            start = end;
            i = end - 1;
        }
        add(sentences, paragraph.substring(start));
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
