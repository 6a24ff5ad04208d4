package org.campaignbot.quiz.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as Excel writes it, with the line each record starts on. */
class CsvCodecTest {

    @Test
    void writesBomCrlfAndQuotesOnlyWhereNeeded() {
        byte[] out = CsvCodec.write(List.of(List.of("编号", "题干"), List.of("1", "含,逗号"), List.of("2", "含\"引号\"与\n换行")));
        assertThat(Arrays.copyOf(out, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(out, 3, out.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("编号,题干\r\n1,\"含,逗号\"\r\n2,\"含\"\"引号\"\"与\n换行\"\r\n");
    }

    @Test
    void readsBackWhatItWritesWithTheLineEachRecordStartsOn() {
        List<List<String>> rows = List.of(List.of("a", "b"), List.of("多行\n内容", "x"), List.of("", "末行"));
        String text = new String(CsvCodec.write(rows), StandardCharsets.UTF_8);
        List<CsvCodec.Row> parsed = CsvCodec.parse(text);
        assertThat(parsed).extracting(CsvCodec.Row::cells).containsExactlyElementsOf(rows);
        assertThat(parsed).extracting(CsvCodec.Row::line).containsExactly(1, 2, 4);
    }

    @Test
    void acceptsLfOnlyFilesAndAMissingFinalNewline() {
        assertThat(CsvCodec.parse("a,b\nc,d")).extracting(CsvCodec.Row::cells)
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void cellsThatExcelWouldRunAsFormulasAreKeptAsTextAndRoundTrip() {
        List<List<String>> rows = List.of(List.of("=HYPERLINK(\"x\")", "+1", "-a", "@b", "'quoted", "互联网+政务服务"));
        String text = new String(CsvCodec.write(rows), StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK", "'+1", "'-a", "'@b", "''quoted", ",互联网+政务服务");
        assertThat(CsvCodec.parse(text).get(0).cells()).isEqualTo(rows.get(0));
    }

    /** Excel and LibreOffice skip a leading tab or carriage return and then run the formula behind it. */
    @Test
    void aLeadingTabOrCarriageReturnIsNeutralisedToo() {
        List<List<String>> rows = List.of(List.of("\t=cmd|' /C calc'!A0", "\r=1+1", "\t@SUM(A1)", "\r\n+1", "a\tb"));
        String text = new String(CsvCodec.write(rows), StandardCharsets.UTF_8);
        assertThat(text).contains("'\t=cmd", "\"'\r=1+1\"", "'\t@SUM", "\"'\r\n+1\"", ",a\tb");
        assertThat(CsvCodec.parse(text).get(0).cells()).isEqualTo(rows.get(0));
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        assertThatThrownBy(() -> CsvCodec.parse("a,b\r\nc,\"未闭合\r\nd,e\r\n"))
                .isInstanceOf(CsvCodec.CsvFormatException.class).hasMessageContaining("第 2 行");
    }
}
