package org.campaignbot.answer.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpResolverTest {
    static final List<String> ENTITIES = List.of("抓学习促提升", "抓效能促发展", "张三", "李明");

    @Test
    void aNewTopicTakesTheOldOnesPlace() {
        Turn previous = new Turn("抓学习促提升有哪些具体要求", "抓学习促提升", "", "", List.of());
        assertThat(FollowUpResolver.resolve("那抓效能促发展呢？", previous, ENTITIES)).isEqualTo("抓效能促发展有哪些具体要求");
        assertThat(FollowUpResolver.resolve("李明呢", Turn.of("张三负责哪些任务"), ENTITIES)).isEqualTo("李明负责哪些任务");
        // no known name in the previous question: its opening words are its subject
        assertThat(FollowUpResolver.resolve("那效能呢", Turn.of("执行是检验啥的标准"), ENTITIES)).isEqualTo("效能是检验啥的标准");
    }

    /** "这次会" is the meeting of the document quoted before: the question stands alone, asked of that document. */
    @Test
    void aQuestionAboutThisMeetingKeepsItsOwnWords() {
        Turn previous = new Turn("县领导小组常务副组长是谁", "", "", "", List.of());
        assertThat(FollowUpResolver.resolve("那这次会谁主持的", previous, List.of("领导小组"))).isEqualTo("这次会谁主持的");
    }

    /** "那较差的呢 有名额没": a new topic with a question of its own, not the previous question's. */
    @Test
    void aNewTopicWithItsOwnAskKeepsTheAsk() {
        Turn previous = Turn.of("评好的单位有没有比例限制");
        assertThat(FollowUpResolver.resolve("那较差的呢 有名额没", previous, List.of())).isEqualTo("较差有名额没");
        assertThat(FollowUpResolver.resolve("那较差的呢", previous, List.of())).doesNotContain("名额");
    }

    @Test
    void aNumberRefersToAListedItem() {
        Turn previous = new Turn("讲话第二部分讲了什么", "", "", "", List.of("抓学习促提升", "抓执行促落实"));
        assertThat(FollowUpResolver.resolve("第二条具体说说", previous, ENTITIES)).isEqualTo("抓执行促落实具体说说");
    }

    @Test
    void otherWordsForPartsAndTheLastOneReferToListedItemsToo() {
        Turn previous = new Turn("专项整治分几个阶段", "", "", "", List.of("动员部署", "查摆整改", "总结评估"));
        assertThat(FollowUpResolver.resolve("第一阶段啥时候结束", previous, List.of())).isEqualTo("动员部署啥时候结束");
        assertThat(FollowUpResolver.resolve("第二类具体指啥", previous, List.of())).isEqualTo("查摆整改具体指啥");
        // after a list of a rules document's chapters
        assertThat(FollowUpResolver.resolve("第三章讲了啥", previous, List.of())).isEqualTo("总结评估讲了啥");
        assertThat(FollowUpResolver.resolve("最后一个阶段呢", previous, List.of())).startsWith("总结评估");
        assertThat(FollowUpResolver.resolve("最后那部分分了哪几条", previous, List.of())).isEqualTo("总结评估分了哪几条");
        // counted from the end, not the second from the start
        assertThat(FollowUpResolver.resolve("倒数第二件展开说说", previous, List.of())).isEqualTo("查摆整改展开说说");
        assertThat(FollowUpResolver.resolve("倒数第一个阶段呢", previous, List.of())).startsWith("总结评估");
        // "块" as cadres say it: 讲话分几块 … 第三块下面又分了哪几条
        assertThat(FollowUpResolver.resolve("第三块下面又分了哪几条", previous, List.of())).startsWith("总结评估");
        assertThat(FollowUpResolver.resolve("最后一块呢", previous, List.of())).startsWith("总结评估");
    }

    @Test
    void allItemsOfAListAreAskedOfItsSubject() {
        Turn tasks = new Turn("刘洋负责哪些任务", "刘洋", "刘洋", "", List.of("营商环境提升行动", "重点项目跟踪服务"));
        assertThat(FollowUpResolver.resolve("这两项分别啥时候完成", tasks, List.of())).isEqualTo("刘洋的任务啥时候完成");
        assertThat(FollowUpResolver.resolve("分别啥时候完成", tasks, List.of())).isEqualTo("刘洋的任务啥时候完成");
    }

    @Test
    void pronounsAndBareQuestionsReferToThePreviousPersonOrTask() {
        Turn task = new Turn("容错纠错实施办法由哪个单位牵头", "", "吴刚", "制定容错纠错实施办法", List.of());
        assertThat(FollowUpResolver.resolve("他还负责什么", task, ENTITIES)).isEqualTo("吴刚负责什么");
        // the task's 责任人 named with a demonstrative is that person, not the task ("这个" alone is the task)
        assertThat(FollowUpResolver.resolve("这个责任人手上还有啥别的活", task, ENTITIES)).isEqualTo("吴刚手上有啥别的活");
        // a part of a document the question names is that document's, not an item of the list just given
        assertThat(FollowUpResolver.resolve("讲话第三部分讲的啥", new Turn("政务局方案有哪几项举措", "", "", "",
                List.of("（一）提升服务质量", "（二）强化执行落实", "（三）提高政务服务效能")), ENTITIES)).isEqualTo("讲话第三部分讲的啥");
        // a new topic with its own question stands alone, not put into the previous question's place
        assertThat(FollowUpResolver.resolve("那最多跑一次又是个啥标准", new Turn("四办服务是哪四种办法", "", "", "", List.of()),
                ENTITIES)).isEqualTo("最多跑一次又是个啥标准");
        assertThat(FollowUpResolver.resolve("这项任务什么时候完成", task, ENTITIES)).isEqualTo("制定容错纠错实施办法什么时候完成");
        assertThat(FollowUpResolver.resolve("谁负责", task, ENTITIES)).isEqualTo("制定容错纠错实施办法谁负责");
    }

    @Test
    void aQuestionWithItsOwnTopicIsLeftAlone() {
        Turn previous = Turn.of("抓学习促提升有哪些具体要求");
        assertThat(FollowUpResolver.resolve("执行是检验什么的标准", previous, ENTITIES)).isEqualTo("执行是检验什么的标准");
        assertThat(FollowUpResolver.resolve("那抓效能促发展呢", null, ENTITIES)).isEqualTo("那抓效能促发展呢");
        // short, but it names a document or a known name: a new question, not a follow-up about 张三
        Turn person = new Turn("张三负责哪些任务", "张三", "张三", "", List.of());
        assertThat(FollowUpResolver.resolve("讲话讲了几点", person, ENTITIES)).isEqualTo("讲话讲了几点");
        assertThat(FollowUpResolver.resolve("李明的任务", person, ENTITIES)).isEqualTo("李明的任务");
    }

    /** With two speeches, "第二部分" after an answer quoted from one of them is a part of that one. */
    @Test
    void aNumberedPartIsOfTheDocumentQuotedLast() {
        Turn previous = Turn.of("统一思想认识那块主要要增强哪两种感").quoting("动员部署会议上的讲话");
        assertThat(FollowUpResolver.resolve("那第二部分的标题是啥", previous, List.of()))
                .isEqualTo("《动员部署会议上的讲话》那第二部分的标题是啥");
        // a question that names its document keeps it; listed items still come first
        assertThat(FollowUpResolver.resolve("方案第二部分呢", previous, List.of())).doesNotContain("《");
        Turn listed = new Turn("讲话分几部分", "", "", "", List.of("统一思想认识", "聚焦重点任务"))
                .quoting("动员部署会议上的讲话");
        assertThat(FollowUpResolver.resolve("第二部分呢", listed, List.of())).startsWith("聚焦重点任务");
    }

    @Test
    void aListItemReplacesItsFellowItemInThePreviousQuestion() {
        var names = new TopicNames(List.of("单位", "好", "较好", "一般", "较差"),
                java.util.Map.of("较差", java.util.Set.of("较好", "一般"), "一般", java.util.Set.of("较好", "较差")), List.of());
        assertThat(FollowUpResolver.resolve("评一般呢", Turn.of("考核评了较差 单位和一把手会咋样"), names))
                .isEqualTo("考核评了评一般 单位和一把手会咋样");
    }

    @Test
    void aQuestionAskedOfEachItemNamesTheListedItems() {
        Turn listed = new Turn("县里考核分哪几种考法", "考核方式", "", "", List.of("平时考核", "季度考核", "年终考核"), "");
        assertThat(FollowUpResolver.resolve("各占多少权重", listed, List.of())).isEqualTo("平时考核、季度考核、年终考核各占多少权重");
        assertThat(FollowUpResolver.resolve("那每个由谁组织", listed, List.of())).isEqualTo("平时考核、季度考核、年终考核每个由谁组织");
        assertThat(FollowUpResolver.resolve("各单位要干啥的呀 说详细一点", listed, List.of())).doesNotContain("平时考核");
    }

    @Test
    void aNumberedRowAfterAnAnswerFromOneRowIsThatTablesRow() {
        var names = new TopicNames(List.of(), java.util.Map.of(),
                List.of(List.of("制定工作方案", "设置意见箱", "建立问题清单", "建立整改台账", "开展执法检查", "开展满意度测评",
                        "开展明察暗访")));
        Turn row = new Turn("综合执法支队那件事配合的是哪个科", "综合执法支队", "", "开展执法检查", List.of("开展执法检查"), "");
        assertThat(FollowUpResolver.resolve("那第七项归谁", row, names)).isEqualTo("开展明察暗访归谁");
        assertThat(FollowUpResolver.resolve("第二项呢", row, names)).isEqualTo("设置意见箱谁负责");
        assertThat(FollowUpResolver.resolve("第九项呢", row, names)).as("no ninth row").doesNotContain("开展");
    }

    @Test
    void aPartPointedAtByItsFirstWordIsReplacedWhereItWasNamed() {
        // the answer's subject is the part 学习氛围明显浓厚, which the question named "学习这块"
        Turn previous = new Turn("总结会讲话里上半年学习这块取得了哪些成绩", "学习氛围明显浓厚", "", "", List.of());
        assertThat(FollowUpResolver.resolve("那执行落实方面呢", previous, List.of()))
                .isEqualTo("总结会讲话里上半年执行落实这块取得了哪些成绩");
    }
}
