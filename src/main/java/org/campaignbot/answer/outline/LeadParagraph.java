package org.campaignbot.answer.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.knowledge.structure.DocumentFacts;
import org.campaignbot.knowledge.structure.Section;

/**
 * "纪要会议强调那段", "会议要求那部分说了啥": minutes and reports mark their parts by a paragraph's lead words (会议认为，
 * 会议强调，会议要求，…) rather than by headings. A question pointing at such words means the paragraph they lead: its
 * sentences from the lead on, up to the next sentence that opens with lead words of its own.
 */
final class LeadParagraph {
    /** A sentence's lead words: a few characters, then a comma or a colon ("会议强调，", "记录人："). */
    private static final Pattern LEAD = Pattern.compile("^(\\p{IsHan}{2,6})[,:]");
    /** Lead words say who speaks and what they do (强调, 要求, 认为, 指出…), not a topic ("对这些问题，"). */
    private static final Pattern SPEAKS = Pattern.compile("认为|强调|要求|指出|决定|提出|明确|同意|号召|希望|表示");

    private LeadParagraph() {
    }

    /** The paragraph the question points at by its lead words, in the first document that has one. */
    static Optional<SectionMatch> find(String question, List<DocumentFacts> docs) {
        List<String> pointed = HeadingNames.pointedAt(question);
        if (pointed.isEmpty()) {
            return Optional.empty();
        }
        for (DocumentFacts doc : docs) {
            for (Section s : doc.outline().flatten()) {
                List<String> body = s.body();
                for (int i = 0; i < body.size(); i++) {
                    String lead = lead(body.get(i));
                    if (!lead.isEmpty() && SPEAKS.matcher(lead).find() && pointed.stream().anyMatch(p -> p.endsWith(lead))) {
                        // quoted as a passage of the document, not under the heading it happens to follow
                        return Optional.of(new SectionMatch(doc, new Section(0, doc.title(), s.path(),
                                paragraph(body, i), List.of())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The sentence at {@code start} and those after it up to one with lead words of its own. */
    private static List<String> paragraph(List<String> body, int start) {
        List<String> out = new ArrayList<>(List.of(body.get(start)));
        for (int i = start + 1; i < body.size() && lead(body.get(i)).isEmpty() && sentence(body.get(i)); i++) {
            out.add(body.get(i));
        }
        return out;
    }

    private static final Pattern SENTENCE_END = Pattern.compile(".*[。;!?:；！？：…”\"]$");

    /** A line without a sentence's end ("会议议定事项") heads what follows: it is not part of the paragraph. */
    private static boolean sentence(String line) {
        return SENTENCE_END.matcher(HalfWidth.of(line)).matches();
    }

    private static String lead(String sentence) {
        Matcher m = LEAD.matcher(HalfWidth.of(sentence));
        return m.find() ? m.group(1) : "";
    }
}
