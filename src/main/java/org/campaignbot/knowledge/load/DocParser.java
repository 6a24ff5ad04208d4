package org.campaignbot.knowledge.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a Word 97–2003 .doc, and WPS Office's .wps (the same binary Word format), with POI's HWPF: paragraphs and
 * tables in body order, tables as {@link DocTable}s with one row sentence each, exactly as {@link DocxParser} does, so
 * a plan's task table reaches the ledger whichever format it was saved in.
 *
 * <p>Files named .doc are often something else: Word and WPS can save "Word" files as .docx or RTF under a .doc name,
 * and Microsoft Works also used .wps. The first bytes say which; a renamed .docx is read as one, the rest are
 * reported with what to do.
 */
final class DocParser {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};

    private DocParser() {
    }

    static SourceDocument parse(String path, byte[] bytes) throws IOException, DocumentReadException {
        if (startsWith(bytes, ZIP)) {
            return DocxParser.parse(path, new ByteArrayInputStream(bytes));
        }
        if (startsWith(bytes, RTF)) {
            throw new DocumentReadException("文件实际是 RTF 格式，请用 Word 或 WPS 打开后另存为 .docx");
        }
        if (!startsWith(bytes, OLE2)) {
            throw new DocumentReadException("不是 Word 文档（文件内容与扩展名不符），请用 Word 或 WPS 打开后另存为 .docx");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new DocumentReadException("文件设置了打开密码，请去掉密码后再放入知识库");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new DocumentReadException("不是 Word 兼容格式（可能是 Microsoft Works 或其他软件的文件），请另存为 .docx");
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return read(path, doc);
            }
        }
    }

    private static SourceDocument read(String path, HWPFDocument doc) {
        List<String> paragraphs = new ArrayList<>();
        List<DocTable> tables = new ArrayList<>();
        String title = null;
        Range body = doc.getRange();
        for (int i = 0; i < body.numParagraphs(); i++) {
            Paragraph p = body.getParagraph(i);
            if (p.isInTable()) {
                Table t = body.getTable(p);
                readTable(t, tables, paragraphs);
                i += t.numParagraphs() - 1;
                continue;
            }
            String text = clean(p.text());
            if (text.isEmpty()) {
                continue;
            }
            if (title == null && paragraphs.isEmpty() && isTitleStyle(doc, p)) {
                title = text;
            } else {
                paragraphs.add(text);
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

    private static boolean isTitleStyle(HWPFDocument doc, Paragraph p) {
        StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        String name = style == null ? null : style.getName();
        return name != null && (name.equalsIgnoreCase("Title") || name.equals("标题"));
    }

    private static void readTable(Table t, List<DocTable> tables, List<String> paragraphs) {
        if (t.numRows() == 0) {
            return;
        }
        List<String> header = cells(t.getRow(0));
        List<List<String>> data = new ArrayList<>();
        for (int r = 1; r < t.numRows(); r++) {
            data.add(cells(t.getRow(r)));
        }
        DocTable table = new DocTable(header, data);
        tables.add(table);
        data.forEach(row -> paragraphs.add(table.rowSentence(row)));
    }

    private static List<String> cells(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.numCells(); c++) {
            cells.add(clean(row.getCell(c).text()));
        }
        return cells;
    }

    /**
     * Word's text stream carries its markup as control characters: field codes (page numbers, hyperlinks) whose shown
     * result is kept, cell and row ends (\u0007), paragraph ends, line breaks (\u000b, kept as a line break like
     * .docx's), page breaks and picture anchors.
     */
    static String clean(String raw) {
        String text = Range.stripFields(raw).replace('\u000b', '\n').replace('\u00a0', ' ').replace('\u001e', '-');
        return text.replaceAll("[\\x00-\\x09\\x0c-\\x1f]", "").replace("\r", "").strip();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
