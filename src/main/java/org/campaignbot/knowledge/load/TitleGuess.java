package org.campaignbot.knowledge.load;

import java.util.List;

/** A document's title when it has no explicit one: a short first line without sentence punctuation, else the file name. */
final class TitleGuess {
    private TitleGuess() {
    }

    static String fromParagraphs(List<String> paragraphs, String path) {
        if (!paragraphs.isEmpty() && looksLikeTitle(paragraphs.get(0))) {
            return paragraphs.get(0);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Short, not a sentence, not a numbered heading. */
    static boolean looksLikeTitle(String line) {
        boolean shortLine = line.length() >= 4 && line.length() <= 40;
        boolean noSentence = !line.matches(".*[。！？；!?;:：,，]$") && !line.matches("^[一二三四五六七八九十]+、.*");
        return shortLine && noSentence;
    }
}
