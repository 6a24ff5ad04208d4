package org.campaignbot.knowledge.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Task tables drawn without borders, read by their header row: each header cell (工作任务, 牵头单位, … as
 * {@link TaskColumns} knows them) starts a column, and a glyph run belongs to the column whose header cell ends left
 * of where the run starts. Without borders nothing marks where a row ends, so only a numbered table is read: a row
 * starts at a line with a number in the 序号 column and takes the lines below it until the next number, which joins
 * cells wrapped over several lines; that holds for cells aligned to their top, as office suites set them by default.
 * The table ends at the first line that does not fit the columns (text running across a column's start, as body
 * text and headings do), at a 序号 cell that is no number, or at a gap of several lines. Tables without a 序号 column
 * stay text. A table that reaches the bottom of a page goes on at the top of the next.
 */
final class PdfAlignedTables {
    /** 1, 12, 一, 十二, (3), （3）, 3. : what a 序号 cell holds. */
    private static final Pattern NUMBER = Pattern.compile("[(（]?(\\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．]?");
    /** A vertical gap of this many type sizes ends a table: rows are never that far apart. */
    private static final double GAP = 3.0;

    /** What one page held: the new tables, where every table stands, and the table still open at its end. */
    record Page(List<PdfTables.Table> found, List<PdfTables.Region> regions, PdfTables.Table open) {
    }

    private record TextLine(double y, float size, List<PdfTables.Run> runs) {
        List<String> texts() {
            return runs.stream().map(PdfTables.Run::text).toList();
        }
    }

    private PdfAlignedTables() {
    }

    /**
     * @param ruled tables with borders already read on this page: their text is not looked at again
     * @param open  a borderless table the previous page ended in, or null
     */
    static Page page(List<PdfTables.Run> runs, List<PdfTables.Region> ruled, PdfTables.Table open) {
        List<TextLine> lines = lines(runs.stream()
                .filter(r -> ruled.stream().noneMatch(region -> region.contains(r.x0(), r.y()))).toList());
        List<PdfTables.Table> found = new ArrayList<>();
        List<PdfTables.Region> regions = new ArrayList<>();
        PdfTables.Table current = open;
        boolean continued = open != null;
        double top = lines.isEmpty() ? 0 : lines.get(0).y() - lines.get(0).size();
        double last = top;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (current == null) {
                PdfTables.Table header = header(line);
                if (header != null) {
                    current = header;
                    continued = false;
                    found.add(header);
                    top = line.y() - line.size();
                    last = line.y();
                }
                continue;
            }
            if (continued && current.rows.size() > 0 && line.texts().equals(current.header)) {
                last = line.y(); // the header repeated at the top of the next page
                continue;
            }
            List<String> cells = cells(line, current);
            String no = cells == null ? "" : cells.get(current.noColumn);
            boolean ends = cells == null || line.y() - last > GAP * line.size()
                    || !no.isEmpty() && !NUMBER.matcher(no).matches() || no.isEmpty() && current.rows.isEmpty();
            if (ends) {
                close(current, continued, top, last, found, regions);
                current = null;
                i--; // the line that ended a table may be the next one's header
                continue;
            }
            if (!no.isEmpty()) {
                current.addRow(cells, false);
            } else { // a wrapped cell's next line, or the rest of a row the page break cut
                List<String> row = current.rows.get(current.rows.size() - 1);
                for (int c = 0; c < row.size(); c++) {
                    row.set(c, PdfTables.joinLines(row.get(c), cells.get(c)));
                }
            }
            last = line.y();
        }
        if (current != null) {
            close(current, continued, top, last, found, regions);
        }
        return new Page(found, regions, current != null && !current.rows.isEmpty() ? current : null);
    }

    /** A header with no numbered row under it was no table: its line stays text. */
    private static void close(PdfTables.Table table, boolean continued, double top, double last,
                              List<PdfTables.Table> found, List<PdfTables.Region> regions) {
        if (table.rows.isEmpty()) {
            found.remove(table);
        } else {
            regions.add(new PdfTables.Region(table, !continued, 0, top, Double.MAX_VALUE, last + 0.6 * table.size));
        }
    }

    /** A numbered task table's header line, as a table whose columns start where the header cells do; or null. */
    private static PdfTables.Table header(TextLine line) {
        TaskColumns columns = line.runs().size() < 2 ? null : TaskColumns.of(line.texts());
        if (columns == null || columns.no() < 0) {
            return null;
        }
        List<Double> borders = new ArrayList<>();
        List<Double> limits = new ArrayList<>();
        borders.add(Double.NEGATIVE_INFINITY);
        for (int c = 0; c < line.runs().size(); c++) {
            PdfTables.Run cell = line.runs().get(c);
            if (c > 0) {
                borders.add(line.runs().get(c - 1).x1() + 1);
                limits.add(cell.x0() + 1);
            }
        }
        borders.add(Double.MAX_VALUE);
        limits.add(Double.MAX_VALUE);
        return new PdfTables.Table(line.texts(), borders, line.size(), limits);
    }

    /** The line's text per column, or null when a run crosses into the next column (body text, a heading). */
    private static List<String> cells(TextLine line, PdfTables.Table table) {
        int columns = table.header.size();
        List<List<PdfTables.Run>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (PdfTables.Run run : line.runs()) {
            int c = columns - 1;
            while (c > 0 && run.x0() < table.borders.get(c)) {
                c--;
            }
            if (run.x1() > table.limits.get(c)) {
                return null;
            }
            byColumn.get(c).add(run);
        }
        return byColumn.stream().map(PdfTables::lineText).toList();
    }

    /** Runs grouped by baseline, top to bottom, each line's runs left to right. */
    private static List<TextLine> lines(List<PdfTables.Run> runs) {
        List<PdfTables.Run> sorted = runs.stream().sorted(Comparator.comparingDouble(PdfTables.Run::y)).toList();
        List<TextLine> lines = new ArrayList<>();
        List<PdfTables.Run> line = new ArrayList<>();
        for (PdfTables.Run run : sorted) {
            // digits set in another font sit a little lower than the Chinese beside them, on the same line
            if (!line.isEmpty() && run.y() - line.get(0).y() > 0.5 * Math.min(run.size(), line.get(0).size())) {
                lines.add(line(line));
                line = new ArrayList<>();
            }
            line.add(run);
        }
        if (!line.isEmpty()) {
            lines.add(line(line));
        }
        return lines;
    }

    private static TextLine line(List<PdfTables.Run> runs) {
        float size = (float) runs.stream().mapToDouble(PdfTables.Run::size).min().orElse(0);
        return new TextLine(runs.get(0).y(), size,
                runs.stream().sorted(Comparator.comparingDouble(PdfTables.Run::x0)).toList());
    }
}
