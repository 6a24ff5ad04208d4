package org.campaignbot.knowledge.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PDF's title. Official documents set the title in larger type than the body (二号小标宋 over 三号仿宋), often
 * below an 附件 mark, a document number or a 密级 line, and sometimes wrapped over two lines: so the title is the
 * first run of the first page's largest type when that is larger than the body's, else the first title-like line
 * among the first few that is not such a mark, else the file name.
 */
final class PdfTitle {
    /** Lines that stand above a title but are not it: 附件1, 〔2026〕12号, 2026年3月1日, 特急, 机密, page numbers. */
    private static final Pattern MARK = Pattern.compile(
            "^(附件\\s*\\d*[：:]?|.*〔\\d{4}〕\\s*\\d+\\s*号|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|特急|加急|平急|"
                    + "(绝密|机密|秘密).*|[-—－\\s]*\\d+[-—－\\s]*)$");
    private static final int LOOK_AHEAD = 4;

    private PdfTitle() {
    }

    static SourceDocument apply(String path, List<PdfParser.Line> paragraphs, List<DocTable> tables) {
        List<PdfParser.Line> body = new ArrayList<>(paragraphs);
        String title = byType(body);
        if (title == null) {
            title = byText(body);
        }
        if (title == null) {
            title = TitleGuess.fromParagraphs(List.of(), path); // the file name
        }
        return new SourceDocument(path, title, body.stream().map(PdfParser.Line::text).toList(), tables);
    }

    /** The first page's largest type, when larger than the body's most used size; removed from the body. */
    private static String byType(List<PdfParser.Line> body) {
        float largest = 0;
        for (PdfParser.Line p : body) {
            if (p.page() == body.get(0).page()) {
                largest = Math.max(largest, p.size());
            }
        }
        if (largest < bodySize(body) * 1.15f) {
            return null;
        }
        int first = 0;
        while (body.get(first).size() < largest - 0.5f) {
            first++;
        }
        var title = new StringBuilder();
        while (first < body.size() && body.get(first).size() >= largest - 0.5f && title.length() < 80) {
            title.append(body.remove(first).text());
        }
        return title.toString();
    }

    /** The font size carrying the most characters. */
    private static float bodySize(List<PdfParser.Line> body) {
        Map<Float, Integer> chars = new HashMap<>();
        body.forEach(p -> chars.merge((float) Math.round(p.size()), p.text().length(), Integer::sum));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }

    private static String byText(List<PdfParser.Line> body) {
        for (int i = 0; i < Math.min(LOOK_AHEAD, body.size()); i++) {
            String text = body.get(i).text();
            if (MARK.matcher(text).matches()) {
                continue;
            }
            if (TitleGuess.looksLikeTitle(text)) {
                body.remove(i);
                return text;
            }
            return null;
        }
        return null;
    }
}
