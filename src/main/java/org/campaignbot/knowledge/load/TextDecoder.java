package org.campaignbot.knowledge.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file saved by an office PC. A byte-order mark decides first: Notepad's "Unicode" is UTF-16LE with
 * a BOM ("Unicode big endian" is UTF-16BE), and "UTF-8 with BOM" is its UTF-8. Without one, the file is UTF-8 or
 * GB18030 (Chinese Windows still saves .txt as GBK): strict UTF-8 decoding fails on nearly every GB18030 Chinese
 * text (its lead bytes form invalid UTF-8 sequences), so "valid UTF-8" is a reliable test; anything else is read as
 * GB18030, which can decode any byte sequence.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    private static boolean startsWith(byte[] b, int... bom) {
        if (b.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((b[i] & 0xff) != bom[i]) {
                return false;
            }
        }
        return true;
    }
}
