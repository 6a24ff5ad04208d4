package org.campaignbot.knowledge.split;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.load.SourceDocument;

/**
 * Splits a document into chunks of roughly {@code min}–{@code max} characters that follow its structure: a chunk
 * never spans two sections (so its citation is exact), never cuts a sentence (a single sentence longer than
 * {@code max} becomes a chunk of its own), and repeats the previous chunk's last sentence so that an answer straddling
 * the boundary is still found in one piece. Paragraph breaks are kept as line breaks, so every line of a chunk is
 * verbatim document text.
 */
public class ChineseStructureSplitter {
    /** Marks a sentence that opens a paragraph, until the chunk text is joined. */
    private static final char PARAGRAPH_START = '\u0001';
    private final int min;
    private final int max;

    public ChineseStructureSplitter(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public ChineseStructureSplitter() {
        this(150, 450);
    }

    public List<Chunk> split(SourceDocument doc) {
        List<Chunk> chunks = new ArrayList<>();
        HeadingPath headings = new HeadingPath();
        List<String> sectionSentences = new ArrayList<>();
        String section = "";
        boolean pointEnded = false;
        Set<String> rows = new HashSet<>();
        doc.tables().forEach(t -> t.rows().forEach(r -> rows.add(t.rowSentence(r))));
        for (String paragraph : doc.paragraphs()) {
            if (rows.contains(paragraph)) {
                emitSection(doc, section, sectionSentences, chunks);
                chunks.add(new Chunk(doc.path() + "#" + chunks.size(), doc.path(), doc.title(), section, paragraph, true));
                continue;
            }
            int level = HeadingDetector.headingLevel(paragraph);
            if (level > 0) {
                emitSection(doc, section, sectionSentences, chunks);
                headings.enter(level, HeadingDetector.label(paragraph));
                section = headings.toString();
            } else if (pointEnded) {
                emitSection(doc, section, sectionSentences, chunks);
                headings.leave();
                section = headings.toString();
            }
            pointEnded = level > 0 && HeadingDetector.endsWithItsParagraph(paragraph);
            List<String> sentences = SentenceSplitter.split(paragraph);
            for (int i = 0; i < sentences.size(); i++) {
                sectionSentences.add(i == 0 ? PARAGRAPH_START + sentences.get(i) : sentences.get(i));
            }
        }
        emitSection(doc, section, sectionSentences, chunks);
        return chunks;
    }

    private void emitSection(SourceDocument doc, String section, List<String> sentences, List<Chunk> out) {
        if (sentences.size() == 1 && isLabel(sentences.get(0).substring(1))) {
            // a heading with nothing under it but sub-headings ("（一）抓学习促提升" then "1.深化理论武装…"): alone it
            // answers nothing, yet would outrank its sub-parts; its words reach them through their heading paths
            sentences.clear();
            return;
        }
        List<String> current = new ArrayList<>();
        int length = 0;
        boolean onlyOverlap = false;
        for (String sentence : sentences) {
            if (!current.isEmpty() && !onlyOverlap && length + sentence.length() > max && length >= min) {
                out.add(chunk(doc, section, current, out.size()));
                String overlap = current.get(current.size() - 1);
                current = new ArrayList<>(List.of(overlap));
                length = overlap.length();
                onlyOverlap = true;
            }
            current.add(sentence);
            length += sentence.length(); // the paragraph marker counts as the line break it becomes
            onlyOverlap = false;
        }
        if (!current.isEmpty() && !onlyOverlap) {
            out.add(chunk(doc, section, current, out.size()));
        }
        sentences.clear();
    }

    /** Longer than this, a heading that ends a sentence says something ("第三条 本方案所称…，是指…。"). */
    private static final int MAX_LABEL = 20;
    private static final java.util.regex.Pattern SAYS_SOMETHING = java.util.regex.Pattern.compile("[。！？；!?;：:]$");

    /**
     * A heading that only names its part: "（一）抓学习促提升", "三、主要任务". Not an article of rules that is one
     * sentence long ("第三条 本方案所称基层一线干部，是指…人员。", "第四条 开展培训，应当遵循以下原则："), which is the
     * part's whole content and must be found.
     */
    private static boolean isLabel(String sentence) {
        String s = sentence.strip();
        return HeadingDetector.headingLevel(s) > 0 && !(s.length() > MAX_LABEL && SAYS_SOMETHING.matcher(s).find());
    }

    private static Chunk chunk(SourceDocument doc, String section, List<String> sentences, int ordinal) {
        StringBuilder text = new StringBuilder();
        for (String s : sentences) {
            boolean opensParagraph = s.charAt(0) == PARAGRAPH_START;
            if (opensParagraph && !text.isEmpty()) {
                text.append('\n');
            }
            text.append(opensParagraph ? s.substring(1) : s);
        }
        return new Chunk(doc.path() + "#" + ordinal, doc.path(), doc.title(), section, text.toString());
    }

    /** The stack of open headings: a heading closes every open heading of its level or deeper. */
    private static final class HeadingPath {
        private final List<Integer> levels = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();

        void enter(int level, String label) {
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                labels.remove(labels.size() - 1);
            }
            levels.add(level);
            labels.add(label);
        }

        /** Closes the innermost heading: a speech's point that ended with its paragraph. */
        void leave() {
            levels.remove(levels.size() - 1);
            labels.remove(labels.size() - 1);
        }

        @Override
        public String toString() {
            return String.join(" > ", labels);
        }
    }
}
