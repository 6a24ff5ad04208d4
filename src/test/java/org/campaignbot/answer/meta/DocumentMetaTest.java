package org.campaignbot.answer.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A document's head and foot lines answer questions about the document itself, from the document meant. */
class DocumentMetaTest {
    private static final String MINUTES = """
            xx县行动领导小组第一次会议纪要

            xx县委办〔2026〕12号

            会议时间：2026年11月18日上午
            会议地点：县委常委会议室
            主持人：王建国（县委书记）

            会议认为，开展行动是重要部署。

            1.关于考核评价。由县委组织部牵头。

            记录人：李婷（县委办公室秘书科）
            分送：领导小组成员，县直各部门。

            中共xx县委办公室
            2026年11月20日印发
            """;
    private static final String NOTICE = """
            xx市交通运输局关于开展作风整治的通知

            局机关各科室、局属各单位：

            为深入推进作风建设，决定开展专项整治。

            一、总体要求
            集中解决作风问题。

            联系人：局作风办　刘珊　电话：0000-1234567

            xx市交通运输局
            2026年11月10日
            """;
    private static final String BULLETIN = """
            xx市行动工作简报

            第5期

            xx市行动领导小组办公室　　　　　　2027年3月15日

            现将1—2月行动推进情况通报如下。

            一、总体推进情况
            学习提升扎实推进。

            报：市委、市政府领导
            送：市委各部门，市级机关各部门
            发：各县区行动领导小组办公室

            （共印120份）
            """;
    private static final String SPEECH = """
            在推进会上的讲话
            同志们：今天召开这次推进会。
            一、客观看待成效
            行动取得了阶段性成效。
            """;

    static DocumentCatalog catalog() throws Exception {
        var reader = new DocumentReader();
        return DocumentCatalog.of(List.of(reader.parse(MINUTES.getBytes(StandardCharsets.UTF_8), "m.txt"),
                reader.parse(NOTICE.getBytes(StandardCharsets.UTF_8), "n.txt"),
                reader.parse(BULLETIN.getBytes(StandardCharsets.UTF_8), "b.txt"),
                reader.parse(SPEECH.getBytes(StandardCharsets.UTF_8), "s.txt")));
    }

    private static String ask(String question) throws Exception {
        return DocumentMeta.answer(question, catalog(), List.of()).map(r -> r.text()).orElse("");
    }

    @Test
    void theMinutesSayWhereWhoAndWhichNumber() throws Exception {
        assertThat(ask("领导小组头一回开会是在哪开的")).contains("会议地点：县委常委会议室", "会议纪要》");
        assertThat(ask("领导小组会议纪要是谁记录的")).contains("记录人：李婷");
        assertThat(ask("那个纪要哪天印发的")).contains("2026年11月20日印发");
        assertThat(ask("县委办印的那个领导小组会议纪要 文号多少")).contains("〔2026〕12号");
        assertThat(ask("12号纪要都分送给了谁")).contains("分送：领导小组成员");
    }

    @Test
    void aBulletinSaysWhoIssuedItWhenInItsHeadAndWhomItGoesToInItsFoot() throws Exception {
        assertThat(ask("工作简报第5期是哪天出的 谁编发的")).contains("领导小组办公室　　　　　　2027年3月15日", "简报》");
        assertThat(ask("这期简报都报送给哪些领导和单位了"))
                .contains("“报：市委、市政府领导”", "“送：市委各部门，市级机关各部门”", "“发：各县区行动领导小组办公室”")
                .doesNotContain("共印");
        assertThat(ask("上一期 就是第4期简报 是几号印发的")).as("another issue of the series").isEmpty();
    }

    @Test
    void aNoticeSaysWhomItIsSentToAndWhenItWasIssued() throws Exception {
        assertThat(ask("这个通知哪天印发的")).contains("2026年11月10日").contains("通知》");
        assertThat(ask("通知是下发给哪些单位的")).contains("局机关各科室、局属各单位：");
        assertThat(ask("通知上的事要对接 找谁")).contains("联系人：局作风办　刘珊");
        assertThat(ask("这个通知有问题找谁 电话多少")).contains("联系人：局作风办　刘珊");
    }

    @Test
    void aDocumentWithoutSuchALineIsNotAnsweredFromAnother() throws Exception {
        // the speech says nothing of when the meeting was held: the minutes' date would be another meeting's
        assertThat(ask("推进会是几月几号开的")).isEmpty();
        assertThat(ask("抓学习促提升有哪些要求")).isEmpty();
    }
}
