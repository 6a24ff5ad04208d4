package org.campaignbot.knowledge.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recovers the task tables of a text PDF as rows. A PDF holds no table, only glyphs at positions and the lines of the
 * cell borders, and its text comes out cell by cell, each wrapped cell as several lines: read as text, a table is
 * lines of cells cut mid-row. Here the borders say where the rows and columns are: a band between two horizontal
 * borders is a row, the vertical borders crossing the band split it into cells, and a cell's text is every glyph run
 * that starts inside it, its wrapped lines joined. A table is taken only when its first row is a task table's header
 * ({@link TaskColumns}); from then on each band framed by the same outer borders is a row, read with the header's
 * column positions (a row spanning all columns, such as a group title, has no task and is dropped by the task
 * reader). A table that runs onto the next page goes on there, the repeated header skipped and a row cut by the page
 * break joined back. Tables drawn without borders are read by their header's column positions instead
 * ({@link PdfAlignedTables}).
 *
 * <p>One instance reads one document, page by page in order.
 */
final class PdfTables {
    /** How far apart two borders may be and still be the same line: borders are drawn with rounding. */
    private static final double SAME = 2.0;
    /** Thinner than this, a band is a double border, not a row. */
    private static final double MIN_ROW = 4.0;

    /** A glyph run on a page: its text, where it starts and ends, its baseline (from the top) and its type size. */
    record Run(String text, double x0, double x1, double y, float size) {
    }

    /** Where a table stands on one page: lines of text inside it are cells, already read. */
    record Region(Table table, boolean first, double left, double top, double right, double bottom) {
        boolean contains(double x, double y) {
            return x >= left - SAME && x <= right && y > top && y < bottom;
        }
    }

    /** One task table being read: header, column borders, rows so far. */
    static final class Table {
        final List<String> header;
        final List<Double> borders;
        final List<List<String>> rows = new ArrayList<>();
        final int noColumn;
        final float size;
        /** For a table without borders: where each column's text must end (the next header cell's start). */
        final List<Double> limits;

        Table(List<String> header, List<Double> borders, float size) {
            this(header, borders, size, null);
        }

        Table(List<String> header, List<Double> borders, float size, List<Double> limits) {
            this.header = header;
            this.borders = borders;
            this.noColumn = TaskColumns.of(header).no();
            this.size = size;
            this.limits = limits;
        }

        double left() {
            return borders.get(0);
        }

        double right() {
            return borders.get(borders.size() - 1);
        }

        DocTable toDocTable() {
            return new DocTable(header, rows);
        }

        /** A row the page break cut in two: its second part has no 序号 where the table numbers its rows. */
        void addRow(List<String> row, boolean firstOnPage) {
            if (firstOnPage && noColumn >= 0 && row.get(noColumn).isEmpty() && !rows.isEmpty()) {
                List<String> previous = rows.get(rows.size() - 1);
                for (int i = 0; i < row.size(); i++) {
                    previous.set(i, joinLines(previous.get(i), row.get(i)));
                }
            } else {
                rows.add(new ArrayList<>(row));
            }
        }
    }

    private record Line(double y, double x1, double x2) {
    }

    private final List<Table> tables = new ArrayList<>();
    /** The table that reached the last border of the previous page, which this page may continue. */
    private Table open;

    /** The task tables found so far, in reading order. */
    List<DocTable> tables() {
        return tables.stream().map(Table::toDocTable).toList();
    }

    /** Reads one page; returns where its task tables stand, so that their text is not read again as lines. */
    List<Region> page(List<Run> runs, List<PdfRulings.Segment> segments) {
        Table before = open;
        List<Region> regions = new ArrayList<>(ruled(runs, segments));
        if (open == null) { // unless a table with borders fills the page to its end
            var aligned = PdfAlignedTables.page(runs, regions, before != null && before.limits != null ? before : null);
            tables.addAll(aligned.found());
            regions.addAll(aligned.regions());
            if (aligned.open() != null) {
                open = aligned.open();
            }
        }
        return regions;
    }

    private List<Region> ruled(List<Run> runs, List<PdfRulings.Segment> segments) {
        List<Line> horizontal = merge(segments.stream().filter(PdfRulings.Segment::horizontal)
                .map(s -> new Line(s.y1(), s.x1(), s.x2())).toList());
        List<Line> vertical = merge(segments.stream().filter(s -> !s.horizontal())
                .map(s -> new Line(s.x1(), s.y1(), s.y2())).toList());
        List<Region> regions = new ArrayList<>();
        Table current = null;
        double top = 0;
        boolean firstRow = false;
        boolean continued = false;
        for (int i = 0; i + 1 < horizontal.size(); i++) {
            double bandTop = horizontal.get(i).y();
            double bandBottom = horizontal.get(i + 1).y();
            if (bandBottom - bandTop < MIN_ROW) {
                continue;
            }
            List<Double> borders = crossing(vertical, bandTop, bandBottom);
            if (current != null && frames(borders, current)) {
                List<String> row = cells(runs, bandTop, bandBottom, current.borders);
                if (!row.equals(current.header)) {
                    current.addRow(row, firstRow && continued);
                }
                firstRow = false;
                continue;
            }
            if (current != null) {
                regions.add(new Region(current, !continued, current.left(), top, current.right(), bandTop));
                current = null;
            }
            if (borders.size() < 3) {
                continue;
            }
            List<String> cells = cells(runs, bandTop, bandBottom, borders);
            boolean canContinue = regions.isEmpty() && open != null && open.limits == null && frames(borders, open);
            if (TaskColumns.of(cells) != null) {
                continued = canContinue && cells.equals(open.header); // the header repeated on the next page
                current = continued ? open : new Table(cells, borders, bodySize(runs, bandTop, bandBottom));
                if (!continued) {
                    tables.add(current);
                }
                firstRow = true;
            } else if (canContinue) {
                continued = true;
                current = open;
                current.addRow(cells(runs, bandTop, bandBottom, current.borders), true);
                firstRow = false;
            } else {
                continue;
            }
            top = bandTop;
        }
        open = current;
        if (current != null) {
            regions.add(new Region(current, !continued, current.left(), top, current.right(),
                    horizontal.get(horizontal.size() - 1).y()));
        }
        return regions;
    }

    /** Whether the band is framed by the table's outer borders (inner ones may be missing: merged cells). */
    private static boolean frames(List<Double> borders, Table table) {
        return borders.stream().anyMatch(x -> Math.abs(x - table.left()) <= SAME)
                && borders.stream().anyMatch(x -> Math.abs(x - table.right()) <= SAME);
    }

    /** The x of every vertical border crossing the whole band, left to right. */
    private static List<Double> crossing(List<Line> vertical, double top, double bottom) {
        return vertical.stream().filter(v -> v.x1() <= top + SAME && v.x2() >= bottom - SAME).map(Line::y).toList();
    }

    /** Each column's text: the runs whose baseline is in the band and whose start is between the column's borders. */
    private static List<String> cells(List<Run> runs, double top, double bottom, List<Double> borders) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c + 1 < borders.size(); c++) {
            double left = borders.get(c) - SAME;
            double right = borders.get(c + 1) - SAME;
            cells.add(text(runs.stream().filter(r -> r.y() > top && r.y() < bottom && r.x0() >= left && r.x0() < right)
                    .toList()));
        }
        return cells;
    }

    /** A cell's runs as text: runs on one baseline joined, wrapped lines joined as the page wrapped them. */
    private static String text(List<Run> runs) {
        List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::y)).toList();
        String text = "";
        List<Run> line = new ArrayList<>();
        for (Run run : sorted) {
            // digits set in another font sit a little lower than the Chinese beside them, on the same line
            if (!line.isEmpty() && run.y() - line.get(0).y() > 0.5 * Math.min(run.size(), line.get(0).size())) {
                text = joinLines(text, lineText(line));
                line.clear();
            }
            line.add(run);
        }
        return joinLines(text, lineText(line));
    }

    static String lineText(List<Run> line) {
        var sb = new StringBuilder();
        line.stream().sorted(Comparator.comparingDouble(Run::x0)).forEach(r -> sb.append(' ').append(r.text()));
        return CjkSpacing.normalize(sb.toString().strip());
    }

    static String joinLines(String previous, String next) {
        if (previous.isEmpty() || next.isEmpty()) {
            return previous + next;
        }
        return PdfParser.joined(previous, next);
    }

    private static float bodySize(List<Run> runs, double top, double bottom) {
        return (float) runs.stream().filter(r -> r.y() > top && r.y() < bottom).mapToDouble(Run::size).min().orElse(0);
    }

    /**
     * Segments on one line (same y for horizontal, same x for vertical: the first coordinate) that touch or overlap
     * become one line: Word draws each cell's border on its own.
     */
    private static List<Line> merge(List<Line> segments) {
        List<Line> byLine = segments.stream().sorted(Comparator.comparingDouble(Line::y)).toList();
        List<Line> merged = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= byLine.size(); i++) {
            if (i < byLine.size() && byLine.get(i).y() - byLine.get(start).y() <= SAME / 2) {
                continue;
            }
            double y = byLine.get(start).y();
            Line last = null;
            for (Line s : byLine.subList(start, i).stream().sorted(Comparator.comparingDouble(Line::x1)).toList()) {
                if (last != null && s.x1() <= last.x2() + SAME) {
                    last = new Line(y, last.x1(), Math.max(last.x2(), s.x2()));
                    merged.set(merged.size() - 1, last);
                } else {
                    last = new Line(y, s.x1(), s.x2());
                    merged.add(last);
                }
            }
            start = i;
        }
        return merged;
    }
}
