package org.campaignbot.knowledge.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the text of a .md or .txt file into paragraphs and tables. Markdown is read just enough for our documents:
 * {@code #} headings (the first level-1 heading is the title), pipe tables, block quotes and list markers. Pipe tables
 * are read in .txt files as well.
 */
final class PlainTextParser {
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");

    private PlainTextParser() {
    }

    static SourceDocument parse(String path, String text, boolean markdown) {
        List<String> paragraphs = new ArrayList<>();
        List<DocTable> tables = new ArrayList<>();
        String title = null;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            // a pipe table with its rule line is a table in a .txt file too: people paste them from Markdown editors
            if (isTableStart(lines, i)) {
                i = readTable(lines, i, tables, paragraphs) - 1;
                continue;
            }
            if (markdown) {
                if (line.startsWith("# ") && title == null && paragraphs.isEmpty()) {
                    title = line.substring(2).strip();
                    continue;
                }
                line = line.replaceFirst("^#{1,6}\\s+", "").replaceFirst("^>\\s?", "").strip();
                if (line.isEmpty()) {
                    continue;
                }
            }
            paragraphs.add(line);
        }
        if (title == null) {
            title = TitleGuess.fromParagraphs(paragraphs, path);
            if (!paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
                paragraphs.remove(0);
            }
        }
        return new SourceDocument(path, title, paragraphs, tables);
    }

    private static boolean isTableStart(String[] lines, int i) {
        return lines[i].strip().startsWith("|") && i + 1 < lines.length && TABLE_RULE.matcher(lines[i + 1].strip()).matches();
    }

    /** Reads a pipe table starting at {@code start}; returns the index of the first line after it. */
    private static int readTable(String[] lines, int start, List<DocTable> tables, List<String> paragraphs) {
        List<String> header = cells(lines[start]);
        List<List<String>> rows = new ArrayList<>();
        int i = start + 2;
        while (i < lines.length && lines[i].strip().startsWith("|")) {
            rows.add(cells(lines[i]));
            i++;
        }
        DocTable table = new DocTable(header, rows);
        tables.add(table);
        rows.forEach(row -> paragraphs.add(table.rowSentence(row)));
        return i;
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : s.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.replace("\\|", "|").strip());
        }
        return cells;
    }
}
