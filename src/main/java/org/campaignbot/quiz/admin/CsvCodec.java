package org.campaignbot.quiz.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as Excel reads and writes it: comma separated, fields quoted when they hold a comma, quote or line
 * break, CRLF line ends, UTF-8 with a byte-order mark (without it Excel on Chinese Windows shows mojibake).
 * Each parsed record remembers the line it starts on, so a bad row can be reported the way the office sees it.
 */
public final class CsvCodec {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // a cell starting with = + - @ is run as a formula by Excel ("CSV injection"); so is one starting with a tab or
    // carriage return, which spreadsheets skip before looking for the formula. A leading ' keeps it text.
    // A cell that itself starts with ' gets one more, so reading strips exactly what writing added.
    private static final String PROTECTED_START = "=+-@'\t\r";

    /** One record and the file line it starts on (1 = the header). */
    public record Row(int line, List<String> cells) {
        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A quoted field never closed; the message names the line it was opened on. */
    public static class CsvFormatException extends RuntimeException {
        public CsvFormatException(String message) {
            super(message);
        }
    }

    private CsvCodec() {
    }

    public static List<Row> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        int quotedFrom = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                quotedFrom = line;
            } else if (c == ',') {
                cells.add(unprotect(cell.toString()));
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(unprotect(cell.toString()));
                cell.setLength(0);
                rows.add(new Row(rowStart, cells));
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CsvFormatException("第 " + quotedFrom + " 行有一个引号没有闭合");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(unprotect(cell.toString()));
            rows.add(new Row(rowStart, cells));
        }
        return rows;
    }

    /** The rows as CSV bytes with a BOM, ready to open in Excel. */
    public static byte[] write(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(quote(protect(row.get(i) == null ? "" : row.get(i))));
            }
            sb.append("\r\n");
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    private static String quote(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                || (!cell.isEmpty() && (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1))));
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static String protect(String cell) {
        return !cell.isEmpty() && PROTECTED_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String unprotect(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && PROTECTED_START.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
