package org.campaignbot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A question that names one document by its title is about that document, and the name is not what it asks. */
class NamedDocumentTest {
    static final List<String> TITLES = List.of("在全市“三抓三促”行动动员部署会议上的讲话", "在全市“三抓三促”行动推进会上的讲话",
            "xx市政务服务管理局“三抓三促”行动工作方案（示例）");

    @Test
    void aMeetingNamesItsSpeech() {
        NamedDocument named = NamedDocument.of("推进会上说督办台账梳理了多少项任务", TITLES);
        assertThat(named.name()).isEqualTo("推进会上");
        assertThat(named.titles()).containsExactly("在全市“三抓三促”行动推进会上的讲话");
        assertThat(named.withoutName("推进会上说督办台账梳理了多少项任务")).isEqualTo(" 会 说督办台账梳理了多少项任务");
        assertThat(named.weight("在全市“三抓三促”行动推进会上的讲话")).isEqualTo(1.0);
        assertThat(named.weight("在全市“三抓三促”行动动员部署会议上的讲话")).isLessThan(1.0);
    }

    @Test
    void wordsEveryTitleSharesOrATopicWithoutADocumentWordNameNothing() {
        assertThat(NamedDocument.of("三抓三促行动是什么", TITLES).name()).isEmpty();
        // 政务服务 is in one title, but here it is the topic asked about, not a name of the plan
        assertThat(NamedDocument.of("政务服务网上可办率是多少", TITLES).name()).isEmpty();
        assertThat(NamedDocument.of("推进会讲了什么", List.of(TITLES.get(1))).name()).isEmpty();
    }

    @Test
    void anOfficeNamedTheShortWayNamesTheDocumentsItIssued() {
        NamedDocument named = NamedDocument.of("政务局的工作专班谁挂帅", TITLES);
        assertThat(named.name()).isEqualTo("政务局");
        assertThat(named.titles()).containsExactly("xx市政务服务管理局“三抓三促”行动工作方案（示例）");
        // the office is also what is asked about: it stays in the words searched for
        assertThat(named.withoutName("政务局的工作专班谁挂帅")).isEqualTo("政务局的工作专班谁挂帅");
        assertThat(NamedDocument.abbreviates("交通局", "xx市交通运输局关于开展作风建设专项整治的通知")).isTrue();
        // characters far apart are not an abbreviation
        assertThat(NamedDocument.abbreviates("市委办", "在全市“三抓三促”行动动员部署会议上的讲话")).isFalse();
        assertThat(NamedDocument.of("市委办负责什么", TITLES).name()).isEmpty();
        // 署 of 部署 is not an office's (海关总署)
        assertThat(NamedDocument.of("动员部署阶段各科室都要干点啥", TITLES).name()).isEmpty();
    }

    @Test
    void aNameSeveralTitlesHoldMeansTheOneWithoutASubjectOfItsOwnUnlessTheQuestionNamesThatSubject() {
        String plan = "xx市“三抓三促”行动实施方案（示例）";
        String training = "xx市委组织部关于在“三抓三促”行动中开展干部能力提升“百千万”培训的实施方案";
        List<String> titles = List.of(plan, training, "在全市“三抓三促”行动推进会上的讲话");
        assertThat(NamedDocument.of("市里三抓三促实施方案 一级标题有哪些", titles).titles()).containsExactly(plan);
        assertThat(NamedDocument.of("实施方案是根据啥制定的", titles).titles()).containsExactly(plan);
        assertThat(NamedDocument.of("组织部培训的实施方案是根据啥制定的", titles).titles()).containsExactly(training);
        // words after the name are what is asked, not which document: 培训 here does not name the training plan
        assertThat(NamedDocument.of("按实施方案 一个干部一年集中培训最少要多少学时", titles).titles()).containsExactly(plan);
        // titles of about one length that the question names alike stay named together
        List<String> twoPlans = List.of("xx县“三抓三促”行动实施方案", "南岭区“三抓三促”行动实施方案");
        assertThat(new NamedDocument.Titles(twoPlans).mostNamed("实施方案的保障措施", java.util.Set.copyOf(twoPlans)))
                .hasSize(2);
    }
}
