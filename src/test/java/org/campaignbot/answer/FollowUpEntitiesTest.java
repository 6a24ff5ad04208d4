package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents' short lists give the names a follow-up may swap for a fellow item. */
class FollowUpEntitiesTest {
    @Test
    void aShortListsItemsWithoutTheSentencesWordsAroundThem() {
        assertThat(FollowUpEntities.lists("考核结果分为好、较好、一般、较差四个等次。"))
                .containsExactly(List.of("较好", "一般", "较差"));
        assertThat(FollowUpEntities.lists("充分利用报纸、电视、广播、网络等媒体。").get(0)).containsExactly("报纸", "电视", "广播", "网络");
        assertThat(FollowUpEntities.lists("执行是检验工作成效的重要标准。")).isEmpty();
    }

    /** The names a follow-up's new topic may replace include the terms the documents define. */
    @Test
    void aQuotedTermTheDocumentsDefineIsATopicName() {
        String text = "区行动办实行“三色预警”管理。“三色预警”是指按整改进度分类标色。建立“双签字”制度。"
                + "“双签字”是指须经主要负责同志签字。本方案所称“项目秘书”，是指专门对接项目的干部。所谓“标准地”，就是…。"
                + "开展“每日一练”学习答题活动。";
        assertThat(DefinedTerm.termsDefinedIn(text)).containsExactly("三色预警", "双签字", "项目秘书", "标准地");
    }
}
