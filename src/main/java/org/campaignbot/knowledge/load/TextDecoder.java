package org.campaignbot.knowledge.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file that is either UTF-8 or GB18030. Office PCs on Chinese Windows still save .txt as GBK/GB18030.
 * Strict UTF-8 decoding fails on nearly every GB18030 Chinese text (its lead bytes form invalid UTF-8 sequences),
 * so "valid UTF-8" is a reliable test; anything else is read as GB18030, which can decode any byte sequence.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
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

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }
}
