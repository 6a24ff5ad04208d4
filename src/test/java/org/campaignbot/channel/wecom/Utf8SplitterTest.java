package org.campaignbot.channel.wecom;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8SplitterTest {

    @Test
    void shortTextIsOnePart() {
        assertThat(Utf8Splitter.split("  三抓三促  ", 2048)).containsExactly("三抓三促");
        assertThat(Utf8Splitter.split(" \n ", 2048)).isEmpty();
    }

    @Test
    void packsWholeParagraphsAndBreaksBetweenThem() {
        List<String> parts = Utf8Splitter.split(WeComTestConfig.LONG, 2048);
        assertValid(parts, 2048);
        assertThat(parts.get(0)).isEqualTo(WeComTestConfig.P1);   // P1 + P2 would exceed 2,048 bytes
        assertThat(parts.get(1)).isEqualTo(WeComTestConfig.P2);
        assertThat(String.join("", parts.subList(2, parts.size()))).isEqualTo(WeComTestConfig.P3);
        assertThat(parts.subList(2, parts.size())).allMatch(p -> p.endsWith("。")); // cut after sentence ends
    }

    @Test
    void smallParagraphsShareAPart() {
        List<String> parts = Utf8Splitter.split("甲\n\n乙\r\n\r\n丙", 2048);
        assertThat(parts).containsExactly("甲\n\n乙\n\n丙");
    }

    @Test
    void aRunWithoutAnyBreakIsCutBetweenCharactersNeverInsideOne() {
        String run = "😀抓".repeat(500);                             // 4 + 3 bytes, no punctuation, no newline
        List<String> parts = Utf8Splitter.split(run, 100);
        assertValid(parts, 100);
        assertThat(String.join("", parts)).isEqualTo(run);
        assertThat(parts).allMatch(p -> !Character.isLowSurrogate(p.charAt(0)));
    }

    @Test
    void linesAreTheNextBestBreak() {
        String text = ("第一行内容" + "。".repeat(10) + "\n").repeat(30).strip();
        List<String> parts = Utf8Splitter.split(text, 200);
        assertValid(parts, 200);
        assertThat(String.join("\n", parts)).isEqualTo(text);
    }

    static void assertValid(List<String> parts, int max) {
        assertThat(parts).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getBytes(UTF_8).length).isLessThanOrEqualTo(max);
            assertThat(new String(p.getBytes(UTF_8), UTF_8)).isEqualTo(p); // no broken surrogate pair
        });
    }
}
