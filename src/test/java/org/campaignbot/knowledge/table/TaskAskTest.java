package org.campaignbot.knowledge.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a question asks of a task table: a deadline is asked with 什么时候/多久; how often something recurs is not. */
class TaskAskTest {
    @Test
    void aDeadlineQuestionIsAboutATask() {
        assertThat(TaskAsk.of("容错纠错实施办法什么时候完成").aboutATask()).isTrue();
        assertThat(TaskAsk.of("这项任务多久能办完").aboutATask()).isTrue();
        assertThat(TaskAsk.of("简化审批流程谁负责").aboutATask()).isTrue();
    }

    @Test
    void aQuestionOfHowOftenIsNotAboutADeadline() {
        assertThat(TaskAsk.of("专题培训班多久办一期").aboutATask()).isFalse();
        assertThat(TaskAsk.of("中心组多长时间集中学习一次").aboutATask()).isFalse();
        assertThat(TaskAsk.of("领导干部每年讲几次党课").aboutATask()).isFalse();
    }

    @Test
    void whatAUnitLooksAfterIsAskedForItsTasks() {
        assertThat(TaskAsk.of("局机关纪委在分工表里管啥").list()).isTrue();
        assertThat(TaskAsk.of("县数据局配合的是哪项").list()).isTrue();
        assertThat(TaskAsk.of("方志刚同志负责哪件事").list()).isTrue();
    }

    @Test
    void whoPaysIsNoTasksWho() {
        assertThat(TaskAsk.of("万人赋能那块的钱谁出").any()).isFalse();
        assertThat(TaskAsk.of("培训经费由谁承担").any()).isFalse();
        assertThat(TaskAsk.of("这事谁出钱").any()).isFalse();
        assertThat(TaskAsk.of("万人赋能那块谁牵头").aboutATask()).isTrue();
        assertThat(TaskAsk.of("投资促进局分了哪些活").list()).isTrue();
    }
}
