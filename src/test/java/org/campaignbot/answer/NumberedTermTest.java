package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A numbered slogan is answered with the clause that spells out its parts, not with a sentence that mentions it. */
class NumberedTermTest {
    static final String SPEECH = """
            动员会议上的讲话
            一、统一思想
            “三抓三促”行动是一项系统工程,涉及面广、任务繁重。
            今天部署“抓学习促提升、抓执行促落实、抓效能促发展”行动,目标任务、具体举措和工作要求都要落实。
            要大力推行马上办、网上办、就近办、一次办。切实增强人民群众的获得感、幸福感和安全感。
            """;

    static DocumentCatalog catalog() throws Exception {
        return DocumentCatalog.of(List.of(new DocumentReader().parse(SPEECH.getBytes(StandardCharsets.UTF_8), "s.txt")));
    }

    @Test
    void theSloganIsDefinedByTheClauseListingItsParts() throws Exception {
        String reply = NumberedTerm.answer("什么是三抓三促", catalog()).orElseThrow().text();
        assertThat(reply).contains("抓学习促提升、抓执行促落实、抓效能促发展", "出处").doesNotContain("系统工程");
        assertThat(NumberedTerm.answer("四办是哪四办", catalog()).orElseThrow().text()).contains("马上办、网上办、就近办、一次办");
        // the last item joined by 和 counts as an item
        assertThat(NumberedTerm.answer("讲话里说的三感是哪三感", catalog()).orElseThrow().text()).contains("获得感、幸福感和安全感");
    }

    @Test
    void aListWithTheRightCountButOtherWordsIsNotTheDefinition() {
        // 目标任务、具体举措和工作要求 lists three items, none with 抓 or 促
        assertThat(NumberedTerm.lists("目标任务、具体举措和工作要求都要落实。", 3, Set.of('抓', '促'))).isFalse();
        assertThat(NumberedTerm.lists("抓学习促提升、抓执行促落实。", 3, Set.of('抓', '促'))).isFalse();
    }

    @Test
    void questionsWithoutANumberedTermAreLeftAlone() throws Exception {
        assertThat(NumberedTerm.answer("执行是检验什么的标准", catalog())).isEmpty();
        assertThat(NumberedTerm.answer("三抓三促行动什么时候开始", catalog())).isEmpty();
        // a count of parts names no slogan, whatever list of three holds 部 or 分
        DocumentCatalog rules = DocumentCatalog.of(List.of(new DocumentReader().parse(
                "考核细则\n一、总则\n共分乡镇、县直部门两个类别分别考核、分别排序。\n".getBytes(StandardCharsets.UTF_8), "r.txt")));
        assertThat(NumberedTerm.answer("推进会那篇讲话分哪三部分", rules)).isEmpty();
    }

    @Test
    void aSloganBesideAnotherThingAskedForIsNotDefined() throws Exception {
        // the question asks for 媒体; 三抓三促 only says whose publicity
        assertThat(NumberedTerm.answer("宣传三抓三促要用哪些媒体", catalog())).isEmpty();
        assertThat(NumberedTerm.answer("三抓三促具体指哪些", catalog())).isPresent();
        assertThat(NumberedTerm.answer("三抓三促行动包括哪些内容", catalog())).isPresent();
    }

    /** Of two documents that spell the slogan out, the sentence that says what it is, not a preamble passing by. */
    @Test
    void theSentenceThatDefinesTheSloganWinsOverOneThatRepeatsIt() throws Exception {
        String plan = """
                xx市发改委工作方案
                为深入贯彻落实全市动员部署会议精神，把“抓学习促提升、抓执行促落实、抓效能促发展”的要求落实到项目建设一线，以项目建设的实际成效检验行动成效，制定本方案。
                """;
        String speech = """
                动员会议上的讲话
                “三抓三促”即抓学习促提升、抓执行促落实、抓效能促发展。
                """;
        var reader = new DocumentReader();
        DocumentCatalog catalog = DocumentCatalog.of(List.of(
                reader.parse(plan.getBytes(StandardCharsets.UTF_8), "a-plan.txt"),
                reader.parse(speech.getBytes(StandardCharsets.UTF_8), "b-speech.txt")));
        String reply = NumberedTerm.answer("三抓三促是哪三项行动", catalog).orElseThrow().text();
        assertThat(reply).contains("“三抓三促”即抓学习促提升").doesNotContain("项目建设一线");
    }
}
