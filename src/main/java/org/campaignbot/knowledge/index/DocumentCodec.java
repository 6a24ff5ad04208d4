package org.campaignbot.knowledge.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.campaignbot.knowledge.load.DocTable;
import org.campaignbot.knowledge.load.SourceDocument;

/**
 * Stores a parsed document beside its chunks, so the structure (headings, task tables) is at hand after a restart
 * without reading or parsing the file again. ASCII separator controls delimit the fields; they have no place in
 * document text, so any that a file carries are turned into spaces rather than escaped.
 */
final class DocumentCodec {
    private static final String PARAGRAPH = "\u001E", TABLE = "\u001D", ROW = "\u001E", CELL = "\u001F";

    private DocumentCodec() {
    }

    static String paragraphs(SourceDocument doc) {
        return String.join(PARAGRAPH, doc.paragraphs().stream().map(DocumentCodec::clean).toList());
    }

    static String tables(SourceDocument doc) {
        List<String> tables = new ArrayList<>();
        for (DocTable t : doc.tables()) {
            List<String> rows = new ArrayList<>();
            rows.add(String.join(CELL, t.header().stream().map(DocumentCodec::clean).toList()));
            t.rows().forEach(r -> rows.add(String.join(CELL, r.stream().map(DocumentCodec::clean).toList())));
            tables.add(String.join(ROW, rows));
        }
        return String.join(TABLE, tables);
    }

    private static String clean(String text) {
        return text.replaceAll("[\u001D-\u001F]", " ");
    }

    static SourceDocument decode(String path, String title, String paragraphs, String tables) {
        List<String> paras = paragraphs.isEmpty() ? List.of() : Arrays.asList(paragraphs.split(PARAGRAPH, -1));
        List<DocTable> docTables = new ArrayList<>();
        if (!tables.isEmpty()) {
            for (String table : tables.split(TABLE, -1)) {
                List<List<String>> rows = Arrays.stream(table.split(ROW, -1)).map(r -> Arrays.asList(r.split(CELL, -1))).toList();
                docTables.add(new DocTable(rows.get(0), rows.subList(1, rows.size())));
            }
        }
        return new SourceDocument(path, title, paras, docTables);
    }
}
