package org.campaignbot.answer.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.search.Passage;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.campaignbot.message.Reply;
import org.junit.jupiter.api.Test;

/** Outline and section questions answered from a document's heading tree, never with a bare heading. */
class SectionFinderTest {
    static final String SPEECH = """
            在全市动员会议上的讲话
            同志们:下面,我讲三点意见。
            一、统一思想认识,增强责任感
            开展行动意义重大。
            二、聚焦重点任务,推进落地见效
            行动是一项系统工程。
            第一,抓学习促提升。学习是提高能力素质的根本途径。要创新学习方式。
            第二,抓执行促落实。执行是检验工作成效的重要标准。
            （1）细化任务。要细化任务分解。
            （2）强化督查。要强化督促检查。
            三、加强组织领导
            关键在于组织领导。
            """;

    static DocumentCatalog catalogOf(String text, String file) throws Exception {
        return DocumentCatalog.of(List.of(new DocumentReader().parse(text.getBytes(StandardCharsets.UTF_8), file)));
    }

    static DocumentCatalog catalog() throws Exception {
        return catalogOf(SPEECH, "speech.txt");
    }

    @Test
    void theOutlineListsTheTopLevelHeadingsInOrder() throws Exception {
        SectionMatch m = SectionFinder.find("讲话讲了几点", catalog(), List.of()).orElseThrow();
        Reply reply = SectionReply.of(m);
        assertThat(reply.text()).contains("共 3 个部分", "一、统一思想认识", "二、聚焦重点任务", "三、加强组织领导");
        assertThat(reply.text().indexOf("一、")).isLessThan(reply.text().indexOf("二、"));
    }

    @Test
    void aNumberedPartWithAQuestionAboutItIsWhereTheAnswerIsLookedFor() throws Exception {
        // no heading names 关键, but the number says where to look
        SectionMatch m = SectionFinder.find("第三部分里说成败的关键在哪", catalog(), List.of()).orElseThrow();
        assertThat(m.section().heading()).startsWith("三、加强组织领导");
        assertThat(SectionReply.of(m).text()).contains("关键在于组织领导。");
        // a number past the last part is not a part
        assertThat(SectionFinder.find("第五部分里说成败的关键在哪", catalog(), List.of())).isEmpty();
    }

    @Test
    void theEndingIsTheLastSentencesOfTheSpeechWhoseEndingSaysIt() throws Exception {
        String other = """
                在全市推进会上的讲话
                一、总结成效
                成效明显。
                二、部署工作
                要狠抓落实。同志们，我们要以优异成绩向全市人民交上满意答卷！
                """;
        String first = """
                在全市动员会上的讲话
                一、统一思想
                意义重大。
                二、凝心聚力
                要团结奋斗。让我们以优异成绩迎接党的二十大胜利召开！谢谢大家！
                """;
        var reader = new DocumentReader();
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                reader.parse(other.getBytes(StandardCharsets.UTF_8), "b.txt"),
                reader.parse(first.getBytes(StandardCharsets.UTF_8), "a.txt")));
        SectionMatch m = SectionFinder.find("讲话结尾说要以优异成绩迎接什么", catalog, List.of()).orElseThrow();
        assertThat(SectionReply.of(m).text()).contains("迎接党的二十大胜利召开").doesNotContain("要团结奋斗", "满意答卷");
        SectionMatch answerSheet = SectionFinder.find("讲话结尾说要给谁交答卷", catalog, List.of()).orElseThrow();
        assertThat(SectionReply.of(answerSheet).text()).contains("交上满意答卷");
    }

    @Test
    void theOpeningOfANumberedPartIsTheWordsBeforeItsSubParts() throws Exception {
        SectionMatch m = SectionFinder.find("第二部分开头那段怎么说的", catalog(), List.of()).orElseThrow();
        assertThat(SectionReply.of(m).text()).contains("行动是一项系统工程。").doesNotContain("第一,抓学习促提升");
    }

    @Test
    void aNumberedPartIsAnsweredWithItsSubHeadings() throws Exception {
        SectionMatch m = SectionFinder.find("第二部分讲了什么", catalog(), List.of()).orElseThrow();
        assertThat(m.section().heading()).startsWith("二、聚焦重点任务");
        assertThat(SectionReply.of(m).text()).contains("共 2 个部分", "第一,抓学习促提升。", "第二,抓执行促落实。");
    }

    @Test
    void aHeadingQuestionIsAnsweredWithWhatStandsUnderTheHeading() throws Exception {
        SectionMatch m = SectionFinder.find("抓学习促提升有哪些要求", catalog(), List.of()).orElseThrow();
        String text = SectionReply.of(m).text();
        assertThat(text).contains("学习是提高能力素质的根本途径。", "要创新学习方式。");
        // the third level: a part with sub-parts lists them
        SectionMatch third = SectionFinder.find("抓执行促落实要怎么做", catalog(), List.of()).orElseThrow();
        assertThat(SectionReply.of(third).text()).contains("（1）细化任务。", "（2）强化督查。");
        assertThat(SectionReply.items(third)).containsExactly("细化任务", "强化督查");
    }

    @Test
    void aHeadingIsNamedWithoutTheWordsItWrapsItsTopicIn() throws Exception {
        String notice = """
                关于开展作风整治的通知
                一、整治重点
                （一）整治不作为、慢作为问题
                1.推诿扯皮。重点整治能办不办。
                2.拖延懈怠。重点整治久拖不决。
                （二）整治乱作为问题
                1.吃拿卡要。重点整治索取好处。
                （三）强化工作执行落实
                1.实行台账管理。逐项明确责任。
                （四）抓执行促落实
                执行是检验工作成效的重要标准。
                """;
        DocumentCatalog catalog = catalogOf(notice, "n.txt");
        SectionMatch slow = SectionFinder.find("不作为慢作为这一类 具体整哪几样", catalog, List.of()).orElseThrow();
        assertThat(SectionReply.items(slow)).containsExactly("推诿扯皮", "拖延懈怠");
        assertThat(SectionFinder.find("执行落实这块分了几条", catalog, List.of()).orElseThrow().section().heading())
                .contains("强化工作执行落实");
        // a heading the question names in its own words wins over one whose core it also holds
        assertThat(SectionFinder.find("抓执行促落实有哪些要求", catalog, List.of()).orElseThrow().section().heading())
                .contains("抓执行促落实");
    }

    @Test
    void aPartIsNamedByItsHeadingsFirstWordOrByTheNounItEndsWith() throws Exception {
        String bulletin = """
                工作简报
                一、总体推进情况
                学习提升扎实推进。
                二、存在的问题
                一是学用转化不够紧密。二是报送质量有待提高。
                三、保障措施
                （一）健全工作专班。
                （二）严格考核问效。
                四、工作要求
                按时报送。
                五、纪律要求
                严守纪律。
                """;
        DocumentCatalog catalog = catalogOf(bulletin, "b.txt");
        assertThat(SectionFinder.find("简报保障那部分 列了哪几条", catalog, List.of()).orElseThrow().section().heading())
                .contains("保障措施");
        assertThat(SectionFinder.find("这期简报点了哪些问题", catalog, List.of()).orElseThrow().section().heading())
                .contains("存在的问题");
        // two headings end with 要求: the noun names neither; a generic first word (工作) names no part
        assertThat(SectionFinder.find("简报提了哪些要求", catalog, List.of())).isEmpty();
        assertThat(SectionFinder.find("简报工作那部分讲了啥", catalog, List.of()).map(m -> m.section().heading()))
                .isNotEqualTo(java.util.Optional.of("四、工作要求"));
    }

    @Test
    void aParagraphIsNamedByItsLeadWords() throws Exception {
        String minutes = """
                县领导小组第一次会议纪要
                会议时间：2026年11月18日上午
                2026年11月18日上午，县委书记主持召开领导小组第一次会议。
                会议认为，开展行动是重要部署。
                会议强调，全县上下要把行动作为重大政治任务，确保开好局。一是坚持学字当先；二是坚持干字为要。
                会议议定事项
                1.关于县级实施方案。由县委办公室牵头。
                2.关于考核评价。由县委组织部牵头。
                会议要求，领导小组原则上每季度召开1次全体会议。各成员单位要抓紧推进。
                记录人：李婷
                """;
        DocumentCatalog catalog = catalogOf(minutes, "m.txt");
        String stressed = SectionReply.of(SectionFinder.find("纪要会议强调那段 开头对全县提了啥总要求", catalog, List.of())
                .orElseThrow()).text();
        assertThat(stressed).contains("会议强调，全县上下", "一是坚持学字当先").doesNotContain("会议认为", "议定事项");
        String asked = SectionReply.of(SectionFinder.find("纪要最后会议要求那段说了啥", catalog, List.of()).orElseThrow()).text();
        assertThat(asked).contains("会议要求，领导小组", "各成员单位要抓紧推进").doesNotContain("关于考核评价", "记录人");
    }

    @Test
    void partsAreNamedByTheWordAllTheirHeadingsShare() throws Exception {
        String speech = """
                在推进会上的讲话
                一、客观看待成效
                行动取得了阶段性成效。
                二、突出抓好重点工作
                下一阶段，要在三个方面下功夫。
                （一）在学深悟透上下功夫。要坚持学以致用。
                （二）在狠抓落实上下功夫。要盯紧时间节点。
                （三）在提质增效上下功夫。要深化改革。
                """;
        DocumentCatalog catalog = catalogOf(speech, "s.txt");
        SectionMatch m = SectionFinder.find("推进会上讲的三个下功夫 是哪三个", catalog, List.of()).orElseThrow();
        assertThat(SectionReply.items(m)).containsExactly("在学深悟透上下功夫", "在狠抓落实上下功夫", "在提质增效上下功夫");
        // the count must be the parts': two 下功夫 are not these three
        assertThat(SectionFinder.find("两个下功夫是哪两个", catalog, List.of())).isEmpty();
    }

    /** A word one of its headings holds is what the question is about, not a name of the document. */
    @Test
    void aWordOfAHeadingIsNotTheDocumentsName() throws Exception {
        assertThat(SectionFinder.find("讲话里督查都用哪几种法子", catalog(), List.of())).isEmpty();
        assertThat(SectionFinder.find("讲话里都有哪几个部分", catalog(), List.of())).isPresent();
    }

    @Test
    void aNumberedPartsSubPartIsNamedByAFewWordsOfItsHeading() throws Exception {
        String speech = """
                在全市动员会议上的讲话
                一、统一思想认识,增强责任感
                第一,开展行动,是贯彻落实嘱托的现实需要。要深刻领会。
                第二,开展行动,是推动高质量发展的迫切需要。要奋起直追。
                第三,开展行动,是提升人民群众幸福感和满意度的必然选择。要优化政务服务,提高行政效率。
                二、加强组织领导
                关键在于组织领导。
                """;
        DocumentCatalog catalog = catalogOf(speech, "s.txt");
        SectionMatch m = SectionFinder.find("讲话第一块里 提升群众幸福感那条具体要干哪些事", catalog, List.of()).orElseThrow();
        assertThat(m.section().heading()).startsWith("第三,开展行动");
        // too few of any heading's words: the numbered part itself
        assertThat(SectionFinder.find("讲话第一块里 学风那条具体要干哪些事", catalog, List.of()).orElseThrow()
                .section().heading()).startsWith("一、统一思想认识");
    }

    /** A heading is named in the documents' words: 考法 is 考核方式 (src/main/resources/lexicon/colloquial.tsv). */
    @Test
    void aHeadingIsNamedInSpokenWords() throws Exception {
        String rules = """
                考核评价实施细则
                一、总则
                （一）考核对象
                全县各乡镇和县直各部门。
                （二）考核方式
                1.平时考核。由县行动办组织。
                2.年终考核。由县委组织部组织。
                """;
        DocumentCatalog catalog = catalogOf(rules, "r.txt");
        SectionMatch m = SectionFinder.find("县里考核 分哪几种考法", catalog, List.of()).orElseThrow();
        assertThat(SectionReply.items(m)).containsExactly("平时考核", "年终考核");
    }

    @Test
    void aHeadingIsNamedByTheTermItQuotes() throws Exception {
        String minutes = """
                县领导小组会议纪要
                7.关于政务服务“一件事一次办”。由县政务服务中心牵头，县数据局配合，首批推出20个集成服务场景。杨帆同志负责，2027年3月底前全部上线运行。
                8.关于工作经费保障。由县财政局负责。
                """;
        DocumentCatalog catalog = catalogOf(minutes, "m.txt");
        SectionMatch m = SectionFinder.find("一件事一次办那条议定事项 县里咋安排的", catalog, List.of()).orElseThrow();
        assertThat(m.section().heading()).contains("一件事一次办");
    }

    @Test
    void aSloganIsNamedByItsFirstHalfAndAHeadingWithoutItsWrapping() throws Exception {
        assertThat(SloganHalf.of("抓学习促提升")).contains("抓学习");
        assertThat(SloganHalf.of("统一思想认识")).isEmpty();
        SectionMatch m = SectionFinder.find("抓学习这块 要学什么 怎么学", catalog(), List.of()).orElseThrow();
        assertThat(m.section().heading()).startsWith("第一,抓学习促提升");
    }

    @Test
    void aPartWithOtherThanTheCountedNumberOfPartsIsNotTheAnswer() throws Exception {
        // 二、聚焦重点任务 has two parts: "哪三个" asks for something else
        assertThat(SectionFinder.find("聚焦重点任务那块 讲了哪三个", catalog(), List.of())).isEmpty();
        assertThat(SectionFinder.find("聚焦重点任务那块 讲了哪两个", catalog(), List.of())).isPresent();
    }

    @Test
    void aNarrowOrUnrelatedQuestionIsLeftToRetrieval() throws Exception {
        assertThat(SectionFinder.find("乡村振兴有哪些重点任务", catalog(), List.of())).isEmpty();
        assertThat(SectionFinder.find("执行是检验什么的标准", catalog(), List.of())).isEmpty();
    }

    static final String LATER_SPEECH = """
            在全市推进会上的讲话
            同志们:下面,我讲四点意见。
            一、肯定成效
            行动取得了阶段性成效。
            二、查找问题
            有的单位学用脱节。
            三、突出重点
            下一阶段要在两个方面下功夫。
            （一）在学深悟透上下功夫。要坚持学以致用。
            （二）在狠抓落实上下功夫。要倒排工期。
            四、转变作风
            作风是行动成败的关键。
            """;

    static DocumentCatalog twoSpeeches() throws Exception {
        DocumentReader reader = new DocumentReader();
        return DocumentCatalog.of(List.of(reader.parse(SPEECH.getBytes(StandardCharsets.UTF_8), "speech.txt"),
                reader.parse(LATER_SPEECH.getBytes(StandardCharsets.UTF_8), "later.txt")));
    }

    @Test
    void withTwoSpeechesTheOutlineOfOneNamesTheOther() throws Exception {
        List<SectionMatch> all = SectionFinder.findAll("讲话讲了几点", twoSpeeches(), List.of());
        assertThat(all).hasSize(2);
        String text = SectionReply.of(all).text();
        // neither is named: the first (here in the catalog's order) in full, the other as 另见 with its headings
        assertThat(text).contains("一、统一思想认识", "四、转变作风", "另见《");
    }

    @Test
    void theCountInTheQuestionPicksTheSpeech() throws Exception {
        List<SectionMatch> four = SectionFinder.findAll("讲话的四点意见是什么", twoSpeeches(), List.of());
        assertThat(four).hasSize(1);
        assertThat(four.get(0).document().title()).isEqualTo("在全市推进会上的讲话");
        List<SectionMatch> three = SectionFinder.findAll("讲话讲了哪三点", twoSpeeches(), List.of());
        assertThat(three.get(0).document().title()).isEqualTo("在全市动员会议上的讲话");
    }

    @Test
    void twoDocumentsNamedSideBySideAreBothAnswered() throws Exception {
        List<SectionMatch> both = SectionFinder.findAll("动员会议的讲话和推进会的讲话 分别讲了哪几点", twoSpeeches(), List.of());
        assertThat(both).extracting(m -> m.document().title())
                .containsExactlyInAnyOrder("在全市动员会议上的讲话", "在全市推进会上的讲话");
        assertThat(SectionFinder.findAll("推进会的讲话讲了哪几点", twoSpeeches(), List.of()))
                .extracting(m -> m.document().title()).containsExactly("在全市推进会上的讲话");
    }

    @Test
    void aQuestionAboutWhatEachPartHoldsIsAnsweredTwoLevelsDeep() throws Exception {
        List<SectionMatch> m = SectionFinder.findAll("讲话第二部分下面每块各有哪几条", catalog(), List.of());
        String text = SectionReply.forQuestion(m, "讲话第二部分下面每块各有哪几条").text();
        assertThat(text).contains("共 2 个部分", "“第二,抓执行促落实。”：“（1）细化任务。”“（2）强化督查。”")
                .doesNotContain("执行是检验工作成效的重要标准");
        assertThat(SectionReply.forQuestion(m, "讲话第二部分讲了什么").text()).contains("执行是检验工作成效的重要标准");
    }

    @Test
    void aPartNumberedAsAWholeIsOneOfADocumentsPartsNotAMinutesItem() throws Exception {
        String minutes = """
                县领导小组会议纪要
                1.关于实施方案。由县委办公室牵头。
                2.关于行动办。设在县委办公室。
                3.关于督办台账。由县委督查室牵头。
                """;
        DocumentReader reader = new DocumentReader();
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                reader.parse(minutes.getBytes(StandardCharsets.UTF_8), "minutes.txt"),
                reader.parse(SPEECH.getBytes(StandardCharsets.UTF_8), "speech.txt")));
        assertThat(SectionFinder.find("第三部分讲了什么", catalog, List.of()).orElseThrow().section().heading())
                .startsWith("三、加强组织领导");
        assertThat(SectionFinder.find("第三条讲了什么", catalog, List.of()).orElseThrow().section().heading())
                .startsWith("3.关于督办台账");
    }

    @Test
    void aHeadingTheQuestionQuotesDoesNotNameTheDocumentWhoseTitleSharesAWordOfIt() throws Exception {
        String minutes = """
                县行动领导小组第一次会议纪要
                1.关于实施方案。由县委办公室牵头。
                2.关于行动办。设在县委办公室。
                """;
        String speech = """
                在全市动员会议上的讲话
                一、统一思想认识
                开展行动意义重大。
                二、加强组织领导,确保行动顺利实施
                关键在于组织领导。
                第一,强化责任落实。要亲自挂帅。
                第二,严格督查问效。要严肃问责。
                """;
        DocumentReader reader = new DocumentReader();
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                reader.parse(minutes.getBytes(StandardCharsets.UTF_8), "minutes.txt"),
                reader.parse(speech.getBytes(StandardCharsets.UTF_8), "speech.txt")));
        // 领导 is a word of the minutes' title (领导小组), but here it is the heading's
        String q = "加强组织领导,确保行动顺利实施下面又分了哪几条";
        SectionMatch m = SectionFinder.find(q, catalog, List.of()).orElseThrow();
        assertThat(m.document().title()).isEqualTo("在全市动员会议上的讲话");
        assertThat(SectionReply.forQuestion(List.of(m), q).text()).contains("第一,强化责任落实", "第二,严格督查问效");
    }

    @Test
    void aQuestionAboutTheCountysDocumentsFindsTheHeadingInTheCountys() throws Exception {
        String district = """
                南岭区整改方案
                一、问题清单
                1.“一件事一次办”场景偏少。新增15个集成服务场景。
                2.审批慢。压缩时限。
                """;
        String county = """
                xx县领导小组会议纪要
                1.关于实施方案。由县委办公室牵头。
                2.关于“一件事一次办”。首批推出20个场景。
                """;
        DocumentReader reader = new DocumentReader();
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                reader.parse(district.getBytes(StandardCharsets.UTF_8), "district.txt"),
                reader.parse(county.getBytes(StandardCharsets.UTF_8), "county.txt")));
        assertThat(SectionFinder.find("一件事一次办那条 县里咋安排的", catalog, List.of()).orElseThrow()
                .document().title()).isEqualTo("xx县领导小组会议纪要");
        assertThat(SectionFinder.find("一件事一次办那条 区里咋安排的", catalog, List.of()).orElseThrow()
                .document().title()).isEqualTo("南岭区整改方案");
    }

    @Test
    void aHandbooksPartsAreListedAndItsQuestionsAnsweredByTheirAnswers() throws Exception {
        DocumentCatalog handbook = catalogOf("""
                应知应会学习手册
                第一部分　基本概念
                1.问：什么是三个一线工作法？
                答：是指情况在一线掌握、问题在一线解决。
                第二部分　学习测试
                2.问：测试怎么考？
                答：测试采取闭卷笔试，满分100分。
                """, "h.txt");
        SectionMatch parts = SectionFinder.find("那本手册分了几大块", handbook, List.of()).orElseThrow();
        assertThat(SectionReply.of(parts).text()).contains("共 2 个部分", "第一部分　基本概念", "第二部分　学习测试");
        var item = handbook.documents().get(0).outline().children().get(1).children().get(0);
        Reply answer = SectionReply.of(new SectionMatch(handbook.documents().get(0), item));
        assertThat(answer.body()).contains("测试采取闭卷笔试").doesNotContain("问：");
    }

    @Test
    void aChapterHoldingOneArticleIsListedByThatArticlesItems() throws Exception {
        DocumentCatalog rules = catalogOf("""
                xx培训方案
                第四章 实施步骤
                第十二条 培训分三个阶段推进：
                （一）动员部署阶段。制定计划。
                （二）集中培训阶段。组织实施。
                （三）总结评估阶段。评估成效。
                第五章 职责分工
                第十三条 各单位抓好落实。
                """, "rules.txt");
        SectionMatch m = SectionFinder.find("实施步骤分几个阶段", rules, List.of()).orElseThrow();
        assertThat(SectionReply.of(m).text()).contains("共 3 个部分", "动员部署阶段", "集中培训阶段", "总结评估阶段")
                .doesNotContain("共 1 个部分");
        assertThat(SectionReply.items(m)).hasSize(3);
    }

    @Test
    void chaptersAreCountedAndNumberedLikeParts() throws Exception {
        DocumentCatalog rules = catalogOf("""
                xx培训方案
                第一章 总则
                第一条 为提升干部能力，制定本方案。
                第二章 培训内容
                第二条 培训内容包括政治理论和履职能力。
                第三章 保障措施
                第三条 经费列入财政预算。
                """, "rules.txt");
        assertThat(SectionReply.of(SectionFinder.find("培训方案有几章", rules, List.of()).orElseThrow()).text())
                .contains("共 3 个部分", "第一章 总则", "第二章 培训内容", "第三章 保障措施");
        assertThat(SectionFinder.find("培训方案第二章讲了啥", rules, List.of()).orElseThrow().section().heading())
                .isEqualTo("第二章 培训内容");
    }

    @Test
    void ofDocumentsAQuestionNamesAlikeTheOneRetrievalTookItToNameComesFirst() throws Exception {
        var reader = new DocumentReader();
        String campaign = "xx市行动实施方案";
        String training = "xx市委组织部关于开展干部培训的实施方案";
        DocumentCatalog both = DocumentCatalog.of(List.of(
                reader.parse((campaign + "\n一、总体要求\n坚持干字当头。\n二、工作目标\n能力素质明显提升。\n")
                        .getBytes(StandardCharsets.UTF_8), "campaign.txt"),
                reader.parse((training + "\n一、总体要求\n按需施教。\n二、培训安排\n分三批。\n")
                        .getBytes(StandardCharsets.UTF_8), "training.txt")));
        String question = "市里实施方案第一部分讲的啥";
        assertThat(SectionFinder.findAll(question, both, List.of(), true, java.util.Set.of(campaign)).get(0).document()
                .title()).isEqualTo(campaign);
        assertThat(SectionFinder.findAll(question, both, List.of(), true, java.util.Set.of(training)).get(0).document()
                .title()).isEqualTo(training);
    }

    static final String PROJECT_PLAN = """
            # xx市发展和改革委员会关于推动重点项目建设提质增效的工作方案
            ## 二、重点任务
            （一）抓学习促提升
            1.开办项目大讲堂。每月举办1期。
            （二）抓执行促落实
            1.建立周调度机制。每周一调度。
            ## 三、实施步骤
            本方案自印发之日起实施，分三个阶段推进。
            （一）谋划部署阶段（2027年3月31日前）。细化任务分工。
            （二）攻坚推进阶段（2027年4月1日至10月31日）。集中推进项目建设。
            （三）评估总结阶段（2027年11月1日至12月31日）。开展综合评估。
            """;

    /** 发改委 for 发展和改革委员会: a shortened name of the title's unit names the document, not the part asked for. */
    @Test
    void aShortenedNameOfTheTitlesUnitIsNotTheQuestionsTopic() throws Exception {
        DocumentCatalog catalog = catalogOf(PROJECT_PLAN, "p.md");
        SectionMatch m = SectionFinder.find("发改委推项目建设这个方案 重点任务分成哪几块", catalog, List.of()).orElseThrow();
        assertThat(m.section().topic()).isEqualTo("重点任务");
        assertThat(ShortTitleNames.without(List.of("发改委重点任务"), "xx市发展和改革委员会关于推动重点项目建设"))
                .containsExactly("重点任务");
        assertThat(ShortTitleNames.without(List.of("重点任务"), "xx市发展和改革委员会关于推动重点项目建设"))
                .containsExactly("重点任务");
    }

    /** "分几个阶段推进" finds one stage by its words; it asks for all the stages, which its parent lists. */
    @Test
    void aQuestionCountingPartsOfAKindGetsAllThePartsOfThatKind() throws Exception {
        DocumentCatalog catalog = catalogOf(PROJECT_PLAN, "p.md");
        SectionMatch m = SectionFinder.find("发改委方案分几个阶段推进", catalog, List.of()).orElseThrow();
        assertThat(SectionReply.items(m)).hasSize(3).allMatch(item -> item.contains("阶段"));
        // not asked to count: the one stage its words name
        SectionMatch one = SectionFinder.find("攻坚推进阶段都要干些啥", catalog, List.of()).orElseThrow();
        assertThat(one.section().topic()).startsWith("攻坚推进阶段");
    }

    /** A passage below the best one that announces the parts asked for ("分三个阶段推进") introduces them. */
    @Test
    void thePartsAnnouncedByAPassageNearTheTopAreTheOutlineAskedFor() throws Exception {
        DocumentCatalog catalog = catalogOf(PROJECT_PLAN, "p.md");
        String title = catalog.documents().get(0).title();
        Passage preamble = new Passage(new org.campaignbot.knowledge.split.Chunk("p#0", "p.md", title, "",
                "xx市发展和改革委员会关于推动重点项目建设提质增效的工作方案", false), 1, 0.7, List.of());
        Passage steps = new Passage(new org.campaignbot.knowledge.split.Chunk("p#5", "p.md", title, "三、实施步骤",
                "三、实施步骤 本方案自印发之日起实施，分三个阶段推进。", false), 0.8, 0.7, List.of());
        List<SectionMatch> found = SectionFinder.findAll("这个方案分几个阶段实施", catalog, List.of(preamble, steps),
                true, java.util.Set.of());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).section().topic()).isEqualTo("实施步骤");
    }

    /** "百千万培训方案一共几章": an article whose heading repeats the title's words is not the part asked for. */
    @Test
    void aHeadingThatRepeatsTheTitleIsNotThePartAskedForByTheDocumentsName() throws Exception {
        String rules = """
                # xx市委组织部关于开展“百千万”培训的实施方案
                ## 第一章 总则
                第一条 为提升干部能力，制定本方案。
                第二条 本方案所称“百千万”培训，是指分层分类开展的能力提升专题培训。
                ## 第二章 目标任务
                第三条 全年培训干部11100名以上。
                ## 第三章 附则
                第四条 本方案自印发之日起施行。
                """;
        DocumentCatalog catalog = catalogOf(rules, "r.md");
        SectionMatch m = SectionFinder.find("百千万培训方案一共几章 都讲啥", catalog, List.of()).orElseThrow();
        assertThat(SectionReply.items(m)).hasSize(3);
    }

    @Test
    void ofTwoHeadingsTheQuestionCoversTheOneItNamesAtGreaterLength() throws Exception {
        DocumentCatalog c = catalogOf("""
                总结会讲话
                四、压实责任、改进作风，确保行动各项任务落地见效
                行动成效如何，关键在责任。
                一要压实领导责任。主要负责同志是第一责任人。
                二要强化督查问效。8月中旬起开展回头看。
                """, "zongjie.txt");
        // both "压实责任" (the part's first clause) and "压实领导责任" (its first point) are wholly in the question
        SectionMatch m = SectionFinder.find("压实领导责任有什么要求", c, List.of()).orElseThrow();
        assertThat(m.section().topic()).isEqualTo("压实领导责任");
        assertThat(SectionReply.of(m).body()).contains("主要负责同志是第一责任人");
    }

    @Test
    void theOutlineQuotesTheSpeakersOwnCountWhenItCountsTheParts() throws Exception {
        String speech = """
                推进会讲话
                同志们：
                今天召开这次推进会。下面，我讲三点意见。
                一、客观看待成效
                行动取得了阶段性成效。
                二、突出抓好重点工作
                要紧盯全年目标任务。
                三、以过硬作风确保实效
                作风是行动成败的关键。
                """;
        SectionMatch m = SectionFinder.find("推进会讲话讲了几点", catalogOf(speech, "tuijinhui.txt"), List.of()).orElseThrow();
        assertThat(SectionReply.of(m).body()).contains("共 3 个部分：“下面，我讲三点意见。”[1]");
        // a count of something else is not quoted as the parts'
        SectionMatch other = SectionFinder.find("推进会讲话讲了几点",
                catalogOf(speech.replace("三点意见", "两点意见"), "tuijinhui.txt"), List.of()).orElseThrow();
        assertThat(SectionReply.of(other).body()).doesNotContain("两点意见");
    }

    @Test
    void partsNamedByTheKindAskedForAreListedThoughNotCounted() throws Exception {
        DocumentCatalog c = catalogOf("""
                总结会讲话
                二、认清形势、坚定信心
                之所以在年中召开这次会议，是因为行动到了关键阶段。
                第一，要清醒看到行动成效与群众期盼之间的差距。满意率为87.6%。
                第二，要清醒看到干部能力与发展要求之间的差距。有的干部不会算经济账。
                第三，要清醒看到工作作风与行动要求之间的差距。出现了“疲劳症”。
                """, "zongjie.txt");
        SectionMatch m = SectionFinder.find("总结会说要清醒看到哪几个差距", c, List.of()).orElseThrow();
        assertThat(m.section().children()).hasSize(3);
        // "几个问题" asks how many, not which: no part is listed for it
        assertThat(SectionFinder.find("一共查出几个差距", c, List.of())).isEmpty();
    }

    @Test
    void aPartPointedAtByItsFirstWordMayBeAskedWithItsParentsWordsAndTheDocumentsShortName() throws Exception {
        DocumentCatalog c = catalogOf("""
                在全县“三抓三促”行动阶段性总结暨再动员会议上的讲话
                一、肯定成绩、正视问题，客观评价前一阶段行动成效
                行动开局良好，总的可以概括为“三个明显”。
                第一，学习氛围明显浓厚。累计开展集中学习2140场次。
                第二，执行落实明显有力。督办台账共纳入重点任务186项。
                """, "zongjie.txt");
        // 成绩 is the part's parent's word; 总结会 is the title's 总结暨再动员会议, shortened
        SectionMatch m = SectionFinder.find("总结会讲话里上半年学习这块取得了哪些成绩", c, List.of()).orElseThrow();
        assertThat(m.section().topic()).isEqualTo("学习氛围明显浓厚");
    }

    @Test
    void aListAParagraphAnnouncesAsTheKindAskedForIsQuotedWhole() throws Exception {
        DocumentCatalog c = catalogOf("""
                总结会讲话
                一、肯定成绩、正视问题
                回顾上半年的工作，我们也积累了一些有益经验：一是坚持领导带头；二是坚持台账管理。
                在肯定成绩的同时，我们也要清醒看到，行动推进中还存在一些不容忽视的问题。一是学用转化不够。有5个部门缺课。二是攻坚劲头不足。有19项任务滞后。三是服务效能不优。这些问题，根子在领导。
                二、认清形势
                要增强紧迫感。
                """, "zongjie.txt");
        SectionMatch m = SectionFinder.find("总结会说上半年存在哪几方面问题", c, List.of()).orElseThrow();
        assertThat(m.section().body()).startsWith("在肯定成绩的同时，我们也要清醒看到，行动推进中还存在一些不容忽视的问题。")
                .contains("三是服务效能不优。").doesNotContain("这些问题，根子在领导。");
        // the experiences are a list of another kind; "讲了哪几个问题" asks for the parts
        assertThat(SectionFinder.find("总结会讲话讲了哪几个问题", c, List.of()).orElseThrow().section().children())
                .hasSize(2);
    }

    @Test
    void ofHeadingsTheQuestionCoversAlikeTheOneWhoseHeadingsAboveHoldItsOtherWordsWins() throws Exception {
        DocumentCatalog c = DocumentCatalog.of(List.of(
                new DocumentReader().parse("""
                        培训方案
                        第一章 总则
                        第四条 开展培训，应当遵循以下原则：
                        （三）学用结合。坚持以训促干。
                        """.getBytes(StandardCharsets.UTF_8), "peixun.md"),
                new DocumentReader().parse("""
                        总结会讲话
                        三、突出重点、精准发力，全力打好下半年攻坚战
                        下半年时间紧、任务重。
                        第一，要在学用结合上求突破。“周三夜学”要升级为“夜学+夜访”。
                        第二，要在攻坚破难上求突破。盯紧“两个清零”。
                        """.getBytes(StandardCharsets.UTF_8), "zongjie.txt")));
        // 学用结合 is the whole of the plan's heading, but 下半年 is only in the speech's part above its point
        SectionMatch m = SectionFinder.find("下半年在学用结合上有啥要求", c, List.of()).orElseThrow();
        assertThat(m.document().title()).isEqualTo("总结会讲话");
        assertThat(SectionFinder.find("学用结合有啥要求", c, List.of()).orElseThrow().document().title())
                .as("without 下半年 the plan's own heading is named more literally").isEqualTo("培训方案");
    }
}
