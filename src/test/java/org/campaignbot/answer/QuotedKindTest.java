package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignbot.message.Citation;
import org.campaignbot.message.Reply;
import org.junit.jupiter.api.Test;

/** A question asking for a day, a month or an amount is not answered by quotations that hold none. */
class QuotedKindTest {
    private static Reply quoting(String sentence) {
        return Reply.withSources("“" + sentence + "”[1]\n",
                List.of(new Citation("政务局方案", "二、重点举措 > 3.做优企业服务", sentence)));
    }

    @Test
    void anAmountAskedForAndNoneQuotedIsMissing() {
        Reply helpers = quoting("为重点项目配备专职帮办代办员，提供全流程“帮办代办”服务。");
        // the citation's "3." and its mark [1] are the reply's own numbers, not an amount quoted
        assertThat(QuotedKind.missing("政务局现在一共配了多少个帮办代办员", helpers)).isTrue();
        assertThat(QuotedKind.missing("政务局现在一共配了多少个帮办代办员",
                quoting("为重点项目配备专职帮办代办员20名。"))).isFalse();
        // 哪几个 asks which ones, not how many
        assertThat(QuotedKind.missing("目标是哪几个词", helpers)).isFalse();
    }

    @Test
    void aDayOrAMonthAskedForAndNoneQuotedIsMissing() {
        Reply month = quoting("要开展“服务企业月”活动，市级领导每人联系重点企业。");
        assertThat(QuotedKind.missing("服务企业月是几月份搞", month)).isTrue();
        assertThat(QuotedKind.missing("整治哪个月开始", quoting("决定自2026年11月至2027年6月开展专项整治。"))).isFalse();
        assertThat(QuotedKind.missing("推进会是几月几号开的", quoting("今天召开这次推进会。"))).isTrue();
        assertThat(QuotedKind.missing("通知哪天印发的", quoting("2026年11月10日"))).isFalse();
        assertThat(QuotedKind.missing("抓学习促提升有哪些要求", month)).isFalse();
    }

    @Test
    void aUnitAskedForIsAUnitNamedNotUnitsCounted() {
        assertThat(QuotedKind.missing("推进会上交流发言的是哪三个单位",
                quoting("刚才，三个单位作了交流发言，讲得都很好。"))).isTrue();
        assertThat(QuotedKind.missing("服务企业月活动由哪个单位牵头",
                quoting("要开展“服务企业月”活动，市级领导每人联系2户以上重点企业。"))).isTrue();
        assertThat(QuotedKind.missing("老大难问题清单由哪个单位牵头",
                quoting("牵头单位：市委督查室；配合单位：市政府督查室。"))).isFalse();
    }

    @Test
    void daysPeopleAndPointsAskedForMustBeQuoted() {
        assertThat(QuotedKind.missing("党校专题班每期培训几天", quoting("市委党校每季度举办1期专题培训班。"))).isTrue();
        assertThat(QuotedKind.missing("企业开办要几天", quoting("企业开办时间压缩至1个工作日。"))).isFalse();
        assertThat(QuotedKind.missing("轮训分三批 每批多少人", quoting("分三批开展专题轮训，每人累计不少于24学时。"))).isTrue();
        assertThat(QuotedKind.missing("培训了多少干部", quoting("培训干部3.6万人次。"))).isFalse();
        assertThat(QuotedKind.missing("各项指标分别几分", quoting("纳入年度综合考核，分值权重不低于10%。"))).isTrue();
        // points asked for as a total, not as 几分
        assertThat(QuotedKind.missing("总分得多少以上才能评好等次", quoting("考核结果分为好、较好、一般、较差四个等次。")))
                .isTrue();
        assertThat(QuotedKind.missing("总分得多少以上才能评好等次", quoting("年度总分90分（含）以上为“好”。"))).isFalse();
        // a day of the week
        assertThat(QuotedKind.missing("无会日定在星期几", quoting("每周四为全市机关“无会日”。"))).isFalse();
        assertThat(QuotedKind.missing("无会日定在星期几", quoting("当天原则上不召开各类会议。"))).isTrue();
        assertThat(QuotedKind.missing("考核满分多少分", quoting("考核满分100分。"))).isFalse();
    }

    @Test
    void aDistrictAskedForMustBeNamed() {
        assertThat(QuotedKind.missing("台账办结率哪个县区最高", quoting("督办台账共梳理重点任务326项，办结率76%。"))).isTrue();
        assertThat(QuotedKind.missing("哪个县区最高", quoting("各县区各部门要对标对表。"))).isTrue();
        assertThat(QuotedKind.missing("哪个县区最高", quoting("城关区办结率最高。"))).isFalse();
    }

    @Test
    void theMembersOfACountedSetMustBeListed() {
        assertThat(QuotedKind.missing("首批20个场景 都是哪些?", quoting("首批推出20个集成服务场景，兜底解决疑难问题。"))).isTrue();
        assertThat(QuotedKind.missing("四办具体是哪四个", quoting("大力推行马上办、网上办、就近办、一次办。"))).isFalse();
        // a question that counts nothing is not asking for a set's members
        assertThat(QuotedKind.missing("抓学习促提升都有哪些要求", quoting("要创新学习方式。"))).isFalse();
    }

    @Test
    void whoHoldsAnOfficeIsAnsweredOnlyByAQuotationNamingIt() {
        assertThat(QuotedKind.missing("作风办主任是哪位", quoting("领导小组办公室（简称作风办）设在局机关纪委。"))).isTrue();
        assertThat(QuotedKind.missing("县行动办主任是谁", quoting("县行动办设在县委办公室，周海涛同志兼任主任。"))).isFalse();
        assertThat(QuotedKind.missing("市里第二督查组组长是谁", quoting("综合协调组负责文件起草，组长由许一鸣同志担任。")))
                .as("the head of another group").isTrue();
        assertThat(QuotedKind.missing("第二督查组组长是谁", quoting("第二督查组由王立同志任组长。"))).isFalse();
    }

    @Test
    void aPostOrAGroupOfComradesIsNoNameOfAPerson() {
        String posts = "由市委组织部分管副部长任组长，市委党校、市财政局、市人社局分管负责同志任副组长。";
        assertThat(QuotedKind.missing("培训专班组长叫啥名字", quoting(posts))).isTrue();
        assertThat(QuotedKind.missing("培训专班组长叫啥名字", quoting("专班由周敏同志任组长。"))).isFalse();
    }

    @Test
    void aReplyThatNeverNamesTheThingAskedForLacksIt() {
        Reply campaign = quoting("会议认为，开展行动是市委作出的重要部署。");
        assertThat(QuotedKind.lacksAny(List.of("经费"), campaign)).isTrue();
        assertThat(QuotedKind.lacksAny(List.of("经费"), quoting("将行动所需工作经费列入县级财政预算。"))).isFalse();
        // a figure may be the thing in words of its own (回访比例 → 100%), a year is not
        assertThat(QuotedKind.lacksAny(List.of("比例"), quoting("差评件100%回访整改。"))).isFalse();
        assertThat(QuotedKind.lacksAny(List.of("经费"), quoting("列入2027年县级预算。"))).isTrue();
    }

    @Test
    void criteriaAskedForMustBeQuoted() {
        assertThat(QuotedKind.missing("帮办代办员是按啥条件选的", quoting("为重点项目配备专职帮办代办员。"))).isTrue();
        assertThat(QuotedKind.missing("评先评优有什么标准", quoting("以企业和群众满意为标准。"))).isFalse();
    }

    @Test
    void moneyARewardAndATimeAllowedMustBeQuoted() {
        assertThat(QuotedKind.missing("评上好等次的单位奖金发多少", quoting("评为好等次的，优先评为先进单位。"))).isTrue();
        assertThat(QuotedKind.missing("奖金发多少", quoting("每个先进单位奖励5万元。"))).isFalse();
        assertThat(QuotedKind.missing("比武拿了第一有啥奖励", quoting("对连续两次排名靠后的人员进行轮岗培训。"))).isTrue();
        assertThat(QuotedKind.missing("比武拿了第一有啥奖励", quoting("成绩优秀的予以通报表扬。"))).isFalse();
        assertThat(QuotedKind.missing("重新整改给多长期限", quoting("低于80%的单位重新整改。"))).isTrue();
        assertThat(QuotedKind.missing("整改报告多长期限内报", quoting("限期30日内报送整改报告。"))).isFalse();
    }

    @Test
    void theMembersOfACountedSetMustBeQuotedAsManyItems() {
        String howTackled = "梳理制约我县发展的“十大难题”，实行“县级领导领题、牵头部门破题、县行动办督题”机制。";
        assertThat(QuotedKind.missing("县里那十大难题具体是哪十个", quoting(howTackled))).isTrue();
        assertThat(QuotedKind.missing("那63项重点任务 都是些啥", quoting("63项重点任务全部纳入台账。"))).isTrue();
        assertThat(QuotedKind.missing("三抓三促是哪三项行动", quoting("抓学习促提升、抓执行促落实、抓效能促发展。"))).isFalse();
        assertThat(QuotedKind.missing("五项保障措施分别是哪些",
                quoting("共 5 个部分：\n1. 健全专班\n2. 考核问效\n3. 营造氛围\n4. 按时报送\n5. 建章立制"))).isFalse();
    }

    @Test
    void aPersonAskedForByNameMustBeNamed() {
        assertThat(QuotedKind.missing("县行动办从组织部抽过去的那个骨干叫啥名",
                quoting("县委组织部各抽调1名业务骨干到县行动办集中办公。"))).isTrue();
        assertThat(QuotedKind.missing("动员部署会上那篇讲话是哪位领导讲的", quoting("习近平总书记高度重视xx发展。"))).isTrue();
        assertThat(QuotedKind.missing("县行动办主任叫啥名", quoting("周海涛同志兼任主任。"))).isFalse();
        assertThat(QuotedKind.missing("参会的县长叫什么", quoting("参会人员：林志远（县委副书记、县长）"))).isFalse();
        assertThat(QuotedKind.missing("政务局宣传用的那个公众号叫什么", quoting("通过“xx政务”公众号宣传。"))).isFalse();
    }

    @Test
    void whichOnesOfACountedSetOrItsListAreAskedForToo() {
        String counts = "全区有6个区直部门一季度未开展专题研讨。";
        assertThat(QuotedKind.missing("那6个没搞专题研讨的区直部门 是哪几家", quoting(counts))).isTrue();
        assertThat(QuotedKind.missing("那24个业务标兵 名单能发一下不", quoting("评出业务标兵24名。"))).isTrue();
    }

    @Test
    void theQuestionsOwnFigureIsNoAmountAnswered() {
        assertThat(QuotedKind.missing("河西县那42个重点项目 计划总投资一共多少",
                quoting("河西县对全县42个重点项目实行“一对一”包联。"))).isTrue();
        assertThat(QuotedKind.missing("那42个重点项目 总投资多少", quoting("42个重点项目计划总投资420亿元。"))).isFalse();
        assertThat(QuotedKind.withoutFiguresOf("那2项呢", "由9项减少到2项，共12项")).isEqualTo("由9项减少到项，共12项");
    }

    @Test
    void anOutsideBodyAskedForIsNamed() {
        assertThat(QuotedKind.missing("满意度测评是请的哪家第三方机构", quoting("局作风办组织第三方开展群众满意度测评。"))).isTrue();
        assertThat(QuotedKind.missing("满意度测评是请的哪家第三方机构", quoting("委托南方民意调查研究院开展测评。")))
                .isFalse();
    }

    @Test
    void aClosingDayAskedForIsADay() {
        assertThat(QuotedKind.missing("干部夜校报名啥时候截止", quoting("夜校每月第二周、第四周的周四晚上开课。"))).isTrue();
        assertThat(QuotedKind.missing("推进会通报的数据截止到啥时候", quoting("截至10月底，全市开展集中学习1200余场次。"))).isFalse();
        assertThat(QuotedKind.missing("这项截止到啥时候", quoting("完成时限：2027年9月30日前"))).isFalse();
    }

    @Test
    void aPlaceAskedForIsNamed() {
        assertThat(QuotedKind.missing("闭卷测试的考场设在哪", quoting("严禁携带手机等通讯工具进入考场。"))).isTrue();
        assertThat(QuotedKind.missing("行动办设在哪个单位", quoting("领导小组办公室设在市委办公室。"))).isFalse();
        assertThat(QuotedKind.missing("培训班在哪儿办", quoting("培训班在市委党校举办。"))).isFalse();
    }

    @Test
    void thePeopleSentAreNamed() {
        assertThat(QuotedKind.missing("墩苗计划第一批派的都是谁", quoting("选派100名35岁以下年轻干部到乡镇跟岗锻炼。"))).isTrue();
        assertThat(QuotedKind.missing("抽调的都是谁", quoting("抽调李婷同志、王强同志到县行动办集中办公。"))).isFalse();
    }

    @Test
    void membersOfASetCountedInOtherWordsAreListedToo() {
        assertThat(QuotedKind.missing("那38门精品课都是啥课", quoting("专栏上线精品课程38门，全市干部累计在线学习12.6万学时。"))).isTrue();
        assertThat(QuotedKind.missing("那3门课都是啥课", quoting("上线党史、政务服务、营商环境3门课程。"))).isFalse();
    }

    @Test
    void householdsArticlesAndSessionsAskedForNeedTheirOwnCount() {
        var night = quoting("每周三晚上先集中学习1小时，再由班子成员带队到村组、社区走访群众。");
        assertThat(QuotedKind.missing("夜访每次要走访多少户群众", night)).isTrue();
        assertThat(QuotedKind.missing("一共有多少户群众拿到了证书", quoting("1100多户群众拿到了不动产权证书。"))).isFalse();
        assertThat(QuotedKind.missing("专栏上半年发了几篇报道", quoting("专栏累计刊发典型报道37篇。"))).isFalse();
        assertThat(QuotedKind.missing("集中学习搞了多少场", night)).isTrue();
    }
}
