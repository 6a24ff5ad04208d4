package org.campaignbot.knowledge.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads a Word .docx: paragraphs and tables in body order. A "Title" styled first paragraph becomes the title. */
final class DocxParser {
    private DocxParser() {
    }

    static SourceDocument parse(String path, InputStream in) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<DocTable> tables = new ArrayList<>();
        String title = null;
        try (XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String text = p.getText().strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (title == null && paragraphs.isEmpty() && isTitleStyle(p.getStyle())) {
                        title = text;
                    } else {
                        paragraphs.add(text);
                    }
                } else if (element instanceof XWPFTable t) {
                    readTable(t, tables, paragraphs);
                }
            }
        }
        if (title == null) {
            title = TitleGuess.fromParagraphs(paragraphs, path);
            if (!paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
                paragraphs.remove(0);
            }
        }
        return new SourceDocument(path, title, paragraphs, tables);
    }

    private static boolean isTitleStyle(String style) {
        return style != null && (style.equalsIgnoreCase("Title") || style.equals("标题"));
    }

    private static void readTable(XWPFTable t, List<DocTable> tables, List<String> paragraphs) {
        List<XWPFTableRow> rows = t.getRows();
        if (rows.isEmpty()) {
            return;
        }
        List<String> header = cells(rows.get(0));
        List<List<String>> data = new ArrayList<>();
        for (XWPFTableRow row : rows.subList(1, rows.size())) {
            data.add(cells(row));
        }
        DocTable table = new DocTable(header, data);
        tables.add(table);
        data.forEach(row -> paragraphs.add(table.rowSentence(row)));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }
}
