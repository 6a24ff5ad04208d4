package org.campaignbot.knowledge.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text layer. PDF lines break wherever the page edge was, often mid-sentence, so lines are joined
 * back into paragraphs: a line continues the previous one unless the previous ended a sentence, or was clearly
 * shorter than a full line (a title or heading), or this one is a heading. Scanned PDFs have no text layer: that is
 * reported, not indexed as empty.
 */
final class PdfParser {
    private PdfParser() {
    }

    static SourceDocument parse(String path, byte[] bytes) throws IOException, DocumentReadException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            text = new PDFTextStripper().getText(pdf);
        }
        if (text.isBlank()) {
            throw new DocumentReadException("PDF 中没有可提取的文字（可能是扫描件），请提供文字版 PDF 或 Word 文件");
        }
        String[] lines = text.split("\\R");
        int fullLine = 0;
        for (String line : lines) {
            fullLine = Math.max(fullLine, line.strip().length());
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int previousLength = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            boolean previousShort = previousLength < fullLine * 0.7;
            if (HeadingDetector.headingLevel(line) > 0 || endsSentence(current) || previousShort) {
                flush(current, paragraphs);
            }
            current.append(line);
            previousLength = line.length();
        }
        flush(current, paragraphs);
        String title = TitleGuess.fromParagraphs(paragraphs, path);
        if (!paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
            paragraphs.remove(0);
        }
        return new SourceDocument(path, title, paragraphs, List.of());
    }

    private static boolean endsSentence(StringBuilder sb) {
        if (sb.isEmpty()) {
            return false;
        }
        char last = sb.charAt(sb.length() - 1);
        return "。！？；!?;:：".indexOf(last) >= 0;
    }

    private static void flush(StringBuilder sb, List<String> out) {
        if (!sb.isEmpty()) {
            out.add(sb.toString());
            sb.setLength(0);
        }
    }
}
