package org.campaignbot.knowledge.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer. PDF lines break wherever the page edge was, often mid-sentence, so lines are joined
 * back into paragraphs: a line continues the previous one unless the previous ended a sentence, or was clearly
 * shorter than a full line (a title or heading), or this one is a heading or in another font size. Spaces the
 * extractor invents in Chinese text are removed ({@link CjkSpacing}). The title is the first page's largest-type
 * text, else its first title-like line ({@link PdfTitle}). Task tables drawn with borders are read as rows
 * ({@link PdfTables}): their text is taken out of the lines and their rows stand where the table stood, one sentence
 * each, as a Word file's rows do. Scanned PDFs have no text layer: that is reported, not indexed as empty.
 */
final class PdfParser {
    private PdfParser() {
    }

    /** One line of text as laid out, with its largest font size in points; or where a task table stood. */
    record Line(String text, float size, int page, PdfTables.Table table) {
        Line(String text, float size, int page) {
            this(text, size, page, null);
        }
    }

    static SourceDocument parse(String path, byte[] bytes) throws IOException, DocumentReadException {
        LineStripper stripper = new LineStripper();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            stripper.getText(pdf);
        }
        if (stripper.lines.isEmpty()) {
            throw new DocumentReadException("PDF 中没有可提取的文字（可能是扫描件），请提供文字版 PDF 或 Word 文件");
        }
        List<Line> paragraphs = rows(join(stripper.lines));
        return PdfTitle.apply(path, paragraphs, stripper.tables.tables());
    }

    /** Each table's place taken by its rows, one sentence each (a row is complete only once its last page is read). */
    private static List<Line> rows(List<Line> paragraphs) {
        List<Line> out = new ArrayList<>();
        for (Line p : paragraphs) {
            if (p.table() == null) {
                out.add(p);
                continue;
            }
            DocTable table = p.table().toDocTable();
            table.rows().forEach(row -> out.add(new Line(table.rowSentence(row), p.size(), p.page())));
        }
        return out;
    }

    private static List<Line> join(List<Line> lines) {
        int fullLine = 0;
        for (Line line : lines) {
            fullLine = Math.max(fullLine, line.text().length());
        }
        List<Line> paragraphs = new ArrayList<>();
        Line current = null;
        int previousLength = 0;
        for (Line line : lines) {
            if (line.table() != null || current != null && current.table() != null) {
                // a table is never joined to the text around it
                if (current != null) {
                    paragraphs.add(current);
                }
                current = line;
                previousLength = 0;
                continue;
            }
            boolean previousShort = previousLength < fullLine * 0.7;
            boolean newSize = current != null && Math.abs(current.size() - line.size()) > 0.5f;
            if (current == null || HeadingDetector.headingLevel(line.text()) > 0 || endsSentence(current.text())
                    || previousShort || newSize) {
                if (current != null) {
                    paragraphs.add(current);
                }
                current = line;
            } else {
                current = new Line(joined(current.text(), line.text()), current.size(), current.page());
            }
            previousLength = line.text().length();
        }
        paragraphs.add(current);
        return paragraphs;
    }

    /** Chinese joins across a line break without a space; Latin words cut by the break keep one. */
    static String joined(String previous, String next) {
        boolean latin = Character.isLetterOrDigit(previous.charAt(previous.length() - 1)) && previous.charAt(previous.length() - 1) < 0x80
                && next.charAt(0) < 0x80 && Character.isLetter(next.charAt(0));
        return latin ? previous + " " + next : previous + next;
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return "。！？；!?;:：".indexOf(last) >= 0;
    }

    /**
     * Collects the extracted text line by line, with font sizes, instead of as one string. A gap of a character's
     * width or more is a real separation (table cells side by side, 姓名　职务) and survives as a space; narrower gaps
     * are left to {@link CjkSpacing}, which keeps them only between Latin words.
     */
    private static final class LineStripper extends PDFTextStripper {
        private static final char WIDE_GAP = '\u3000'; // counts as Chinese punctuation, so CjkSpacing keeps it
        final List<Line> lines = new ArrayList<>();
        final PdfTables tables = new PdfTables();
        /** This page's lines, each with where it starts, until its tables are known. */
        private final List<Placed> page = new ArrayList<>();
        private final List<PdfTables.Run> runs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private TextPosition lineStart;
        private float size;
        private boolean separator;
        private float lastEnd = Float.NaN;

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            if (separator && !positions.isEmpty()) {
                TextPosition first = positions.get(0);
                boolean wide = !Float.isNaN(lastEnd) && first.getXDirAdj() - lastEnd >= first.getFontSizeInPt();
                text.append(wide ? WIDE_GAP : ' ');
            }
            separator = false;
            text.append(s);
            if (lineStart == null && !positions.isEmpty()) {
                lineStart = positions.get(0);
            }
            addRuns(positions);
            for (TextPosition p : positions) {
                size = Math.max(size, p.getFontSizeInPt());
            }
            if (!positions.isEmpty()) {
                TextPosition last = positions.get(positions.size() - 1);
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
            }
        }

        @Override
        protected void writeWordSeparator() {
            separator = true;
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void endPage(PDPage pdPage) throws IOException {
            endLine();
            List<PdfTables.Region> regions = runs.isEmpty() ? List.of() : tables.page(runs, PdfRulings.of(pdPage));
            List<PdfTables.Region> placed = new ArrayList<>();
            for (Placed p : page) {
                PdfTables.Region region = regions.stream().filter(r -> r.contains(p.x, p.y)).findFirst().orElse(null);
                if (region == null) {
                    lines.add(p.line);
                } else if (region.first() && !placed.contains(region)) {
                    lines.add(new Line("", region.table().size, p.line.page(), region.table()));
                    placed.add(region);
                }
            }
            page.clear();
            runs.clear();
            super.endPage(pdPage);
        }

        /**
         * The positions of one written string as runs: split where glyphs stand a character apart, so that two cells
         * the extractor wrote as one word still fall into their own columns.
         */
        private void addRuns(List<TextPosition> positions) {
            int start = 0;
            for (int i = 1; i <= positions.size(); i++) {
                if (i < positions.size()) {
                    TextPosition prev = positions.get(i - 1);
                    TextPosition next = positions.get(i);
                    if (next.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj()) < prev.getFontSizeInPt() * 0.8) {
                        continue;
                    }
                }
                List<TextPosition> run = positions.subList(start, i);
                var sb = new StringBuilder();
                float runSize = 0;
                for (TextPosition p : run) {
                    sb.append(p.getUnicode());
                    runSize = Math.max(runSize, p.getFontSizeInPt());
                }
                TextPosition first = run.get(0);
                TextPosition last = run.get(run.size() - 1);
                if (!sb.toString().isBlank()) {
                    runs.add(new PdfTables.Run(sb.toString().strip(), first.getXDirAdj(),
                            last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(), runSize));
                }
                start = i;
            }
        }

        private void endLine() {
            String line = CjkSpacing.normalize(text.toString().strip()).replace(WIDE_GAP, ' ');
            if (!line.isEmpty()) {
                page.add(new Placed(new Line(line, size, getCurrentPageNo()),
                        lineStart == null ? 0 : lineStart.getXDirAdj(), lineStart == null ? 0 : lineStart.getYDirAdj()));
            }
            lineStart = null;
            text.setLength(0);
            size = 0;
            separator = false;
            lastEnd = Float.NaN;
        }
    }

    /** A line with the position of its first glyph. */
    private record Placed(Line line, double x, double y) {
    }
}
