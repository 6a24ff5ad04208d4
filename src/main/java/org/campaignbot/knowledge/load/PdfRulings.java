package org.campaignbot.knowledge.load;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight lines drawn on one page: a table's cell borders. LibreOffice strokes them as lines, Word fills them as
 * thin rectangles, other tools stroke each cell's rectangle; all three become horizontal and vertical segments, in the
 * text's coordinates (points from the page's top left, as {@code TextPosition.getYDirAdj()} counts).
 */
final class PdfRulings extends PDFGraphicsStreamEngine {
    /** A border is at most this thick; anything thicker is shading or a picture, not a line. */
    private static final double THIN = 2.5;

    /** A horizontal ({@code y1 == y2}) or vertical ({@code x1 == x2}) segment, low coordinates first. */
    record Segment(double x1, double y1, double x2, double y2) {
        boolean horizontal() {
            return y1 == y2;
        }
    }

    final List<Segment> segments = new ArrayList<>();
    private final double pageHeight;
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private final List<Point2D[]> lines = new ArrayList<>();
    private Point2D current = new Point2D.Double();

    private PdfRulings(PDPage page) {
        super(page);
        pageHeight = page.getCropBox().getUpperRightY();
    }

    static List<Segment> of(PDPage page) throws IOException {
        var rulings = new PdfRulings(page);
        rulings.processPage(page);
        return rulings.segments;
    }

    /** Text is the other reader's business: skipping its glyphs here keeps this second pass over the page cheap. */
    @Override
    public void showTextString(byte[] string) {
    }

    @Override
    public void showTextStrings(COSArray array) {
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p2});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        var to = new Point2D.Double(x, y);
        lines.add(new Point2D[] {current, to});
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (Point2D[] line : lines) {
            add(line[0].getX(), line[0].getY(), line[1].getX(), line[1].getY());
        }
        for (Point2D[] r : rectangles) { // a stroked rectangle: its four edges
            add(r[0].getX(), r[0].getY(), r[1].getX(), r[0].getY());
            add(r[0].getX(), r[1].getY(), r[1].getX(), r[1].getY());
            add(r[0].getX(), r[0].getY(), r[0].getX(), r[1].getY());
            add(r[1].getX(), r[0].getY(), r[1].getX(), r[1].getY());
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) { // a filled rectangle is a line only when it is thin
            double w = Math.abs(r[1].getX() - r[0].getX());
            double h = Math.abs(r[1].getY() - r[0].getY());
            double midX = (r[0].getX() + r[1].getX()) / 2;
            double midY = (r[0].getY() + r[1].getY()) / 2;
            if (h <= THIN && w > THIN) {
                add(r[0].getX(), midY, r[1].getX(), midY);
            } else if (w <= THIN && h > THIN) {
                add(midX, r[0].getY(), midX, r[1].getY());
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void clear() {
        rectangles.clear();
        lines.clear();
    }

    /** Keeps axis-parallel segments only, flipped to top-down y. */
    private void add(double x1, double y1, double x2, double y2) {
        double top1 = pageHeight - y1;
        double top2 = pageHeight - y2;
        if (Math.abs(top1 - top2) < 0.5 && Math.abs(x2 - x1) > THIN) {
            segments.add(new Segment(Math.min(x1, x2), top1, Math.max(x1, x2), top1));
        } else if (Math.abs(x1 - x2) < 0.5 && Math.abs(top2 - top1) > THIN) {
            segments.add(new Segment(x1, Math.min(top1, top2), x1, Math.max(top1, top2)));
        }
    }
}
