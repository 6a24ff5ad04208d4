package org.campaignbot.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** A real Word document made with POI, as an office would upload it. */
public final class TestDocx {
    private TestDocx() {
    }

    /** A document with a title paragraph and body paragraphs. */
    public static byte[] of(String title, String... paragraphs) {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var head = doc.createParagraph().createRun();
            head.setBold(true);
            head.setFontSize(22);
            head.setText(title);
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
