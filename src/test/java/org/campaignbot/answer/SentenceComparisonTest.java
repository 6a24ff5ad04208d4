package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignbot.common.HalfWidth;
import org.junit.jupiter.api.Test;

/** Two copies of one sentence (a plan in .docx and in .pdf) compare equal, whatever spacing and punctuation. */
class SentenceComparisonTest {
    @Test
    void ignoresSpacingAndPunctuationOfBothWidths() {
        assertThat(ExtractiveAnswerer.normalised("要坚持“三抓三促”，推动 落实。"))
                .isEqualTo(ExtractiveAnswerer.normalised("要坚持\"三抓三促\",推动落实.\n"))
                .isEqualTo("要坚持三抓三促推动落实");
    }

    /** The loop drops exactly what the regular expression it replaced dropped. */
    @Test
    void dropsWhatTheRegularExpressionDropped() {
        StringBuilder every = new StringBuilder();
        for (char c = 1; c < 0x3100; c++) {
            every.append(c);
        }
        every.append("“”‘’、。，；：？！…—《》（）ａ１，．");
        String text = every.toString();
        assertThat(ExtractiveAnswerer.normalised(text))
                .isEqualTo(HalfWidth.of(text).replaceAll("[\\s\\p{Punct}“”‘’、。，；：？！…—《》（）]", ""));
    }
}
