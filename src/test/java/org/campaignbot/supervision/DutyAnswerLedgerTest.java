package org.campaignbot.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignbot.BotTest;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.message.IncomingMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A duty answer shows, beside the plan's row, where the task stands in the ledger and its latest report. */
@BotTest
class DutyAnswerLedgerTest {
    @Autowired
    ConversationService conversation;
    @Autowired
    LedgerSync sync;

    @Test
    void aTasksStatusAndLatestProgressComeWithItsRow() {
        sync.sync();
        String before = ask("容错纠错实施办法由哪个单位牵头？什么时候完成？");
        assertThat(before).contains("市纪委监委", "2027年3月31日前", "台账：");

        // 吴刚 (WuGang in contacts.yaml) reports for task 9 from WeCom: identity from the platform
        String note = "实施办法已起草" + System.nanoTime() % 100_000;
        String recorded = conversation.handle(IncomingMessage.direct("wecom", "WuGang", "吴刚", "进展 9 " + note)).text();
        assertThat(recorded).contains("已记录任务9");

        String after = ask("容错纠错实施办法什么时候完成");
        assertThat(after).contains("2027年3月31日前", "最近进展", note);
    }

    private String ask(String text) {
        return conversation.handle(IncomingMessage.direct("web", "duty-ledger", "", text)).text();
    }
}
