package org.campaignbot.quiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.split.Chunk;
import org.campaignbot.knowledge.split.SentenceSplitter;

/**
 * The sentences of the chunks worth asking about (not headings, greetings or table rows), each once although
 * chunks overlap by a sentence, with its chunk's citation. Every line of a chunk is a verbatim paragraph (or the
 * rest of one), so every sentence here stands word for word in its document. Also keeps the whole text, to test
 * whether a wording occurs anywhere.
 */
final class SentenceCorpus {
    private static final int MIN_BODY = 12;
    // 第一, / (一) / 1. numbering at the start of a heading-with-body sentence: not part of the content
    private static final Pattern NUMBERING =
            Pattern.compile("^(?:第[一二三四五六七八九十]+[,，、]|[(（][一二三四五六七八九十]+[)）]|\\d{1,2}[.．、])");
    // table rows arrive as "序号：1；工作任务：…": field lists, not prose
    private static final Pattern TABLE_FIELD = Pattern.compile("^[^，,。]{1,6}：");

    private final List<SourceSentence> sentences;
    private final String fullText;

    private SentenceCorpus(List<SourceSentence> sentences, String fullText) {
        this.sentences = sentences;
        this.fullText = fullText;
    }

    public static SentenceCorpus of(List<Chunk> chunks) {
        Set<String> seen = new LinkedHashSet<>();
        List<SourceSentence> usable = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Chunk chunk : chunks) {
            all.append(chunk.text()).append('\n');
            for (String line : chunk.text().split("\n")) {
                // a level-1 heading ("一、统一思想认识,…") names a part; its words are the section, not a statement
                boolean heading = HeadingDetector.headingLevel(line) == 1;
                for (String sentence : SentenceSplitter.split(line)) {
                    String body = NUMBERING.matcher(sentence).replaceFirst("");
                    if (seen.add(chunk.path() + "\n" + sentence) && !heading && body.length() >= MIN_BODY
                            && !TABLE_FIELD.matcher(sentence).find()) {
                        usable.add(new SourceSentence(sentence, body, chunk.title(), chunk.section()));
                    }
                }
            }
        }
        return new SentenceCorpus(usable, all.toString());
    }

    public List<SourceSentence> sentences() {
        return sentences;
    }

    /** True when the wording occurs anywhere in the documents: a distractor that does would not be wrong. */
    public boolean occurs(String wording) {
        return fullText.contains(wording);
    }
}
