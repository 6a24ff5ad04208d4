package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A meeting, batch or issue numbered with a number the documents never give things of that kind. */
class MissingOrdinalTest {
    static final String MINUTES = """
            xx县行动领导小组第一次会议纪要
            会议议定：测试分三批进行，第一批4月中旬，第二批5月上旬，第3批5月下旬。
            本期为第5期简报。
            """;

    static DocumentCatalog catalog() throws Exception {
        return DocumentCatalog.of(List.of(new DocumentReader().parse(MINUTES.getBytes(StandardCharsets.UTF_8), "m.txt")));
    }

    @Test
    void aNumberTheDocumentsNeverGiveThatKindIsMissing() throws Exception {
        DocumentCatalog catalog = catalog();
        assertThat(MissingOrdinal.asks("领导小组第二次全体会议定了哪些事", catalog)).isTrue();
        assertThat(MissingOrdinal.asks("第五批测试啥时候考", catalog)).isTrue();
        assertThat(MissingOrdinal.asks("上一期 就是第4期简报 是几号印发的", catalog)).isTrue();
    }

    @Test
    void aNumberTheyGiveInEitherWritingOrAKindTheyNeverNumberIsNot() throws Exception {
        DocumentCatalog catalog = catalog();
        assertThat(MissingOrdinal.asks("领导小组第一次会议定了哪些事", catalog)).isFalse();
        assertThat(MissingOrdinal.asks("第三批测试啥时候", catalog)).isFalse(); // 第3批 in the document
        assertThat(MissingOrdinal.asks("第五期简报讲了啥", catalog)).isFalse(); // 第5期
        assertThat(MissingOrdinal.asks("第二轮督查什么时候开始", catalog)).isFalse(); // no 轮 numbered at all
        assertThat(MissingOrdinal.asks("第三条讲了啥", catalog)).isFalse();
    }
}
