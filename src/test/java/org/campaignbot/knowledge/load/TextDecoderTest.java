package org.campaignbot.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text files as Notepad saves them: "Unicode" (UTF-16LE + BOM), "Unicode big endian", "UTF-8 with BOM", ANSI (GBK). */
class TextDecoderTest {
    private static final String TEXT = "关于开展学习的通知\r\n一、学习是提高能力素质的根本途径。每月20日前报送。\r\n";
    private final DocumentReader reader = new DocumentReader();

    @Test
    void utf16LittleEndianWithBomAsNotepadSavesUnicode() throws Exception {
        assertReadsAsText(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        assertReadsAsText(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void utf8WithBom() throws Exception {
        assertReadsAsText(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gbkWithoutBom() throws Exception {
        assertReadsAsText(TEXT.getBytes(Charset.forName("GBK")));
    }

    @Test
    void theBomIsNotPartOfTheText() {
        byte[] bytes = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "序号".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(bytes)).isEqualTo("序号");
    }

    private void assertReadsAsText(byte[] bytes) throws Exception {
        assertThat(TextDecoder.decode(bytes)).isEqualTo(TEXT);
        var doc = reader.parse(bytes, "notice.txt");
        assertThat(doc.title()).isEqualTo("关于开展学习的通知");
        assertThat(doc.paragraphs()).containsExactly("一、学习是提高能力素质的根本途径。每月20日前报送。");
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text);
        return out.toByteArray();
    }
}
