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
}
