package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A quoted term the documents define is answered by its defining sentence, matched exactly, the longest first. */
class DefinedTermTest {
    static DocumentCatalog catalog() throws Exception {
        return DocumentCatalog.of(List.of(
                new DocumentReader().parse("""
                        应知应会手册
                        7.问：什么是“三个一线”工作法？
                        答：“三个一线”工作法是指情况在一线掌握、问题在一线解决。县处级以上领导干部每月到基层不少于4天。
                        """.getBytes(StandardCharsets.UTF_8), "shouce.txt"),
                new DocumentReader().parse("""
                        总结会讲话
                        三、突出重点
                        第一，要在学用结合上求突破。县级领导要带头推行“三个一”工作法。“三个一”工作法，就是每名县级领导每季度讲一次党课、蹲点一周、办成一件实事。开展“三抓三促”行动，就是要引导干部干事创业。
                        """.getBytes(StandardCharsets.UTF_8), "zongjie.txt")));
    }

    @Test
    void theTermAskedAboutIsMatchedExactlyNotByALongerTermSharingItsCharacters() throws Exception {
        assertThat(DefinedTerm.answer("三个一工作法是啥", catalog(), List.of()).orElseThrow().body())
                .contains("讲一次党课、蹲点一周、办成一件实事").doesNotContain("一线");
        // the handbook's answer is quoted whole
        assertThat(DefinedTerm.answer("什么是三个一线工作法", catalog(), List.of()).orElseThrow().body())
                .contains("情况在一线掌握", "每月到基层不少于4天");
    }

    @Test
    void onlyADefinitionQuestionAboutTheTermItselfIsAnswered() throws Exception {
        assertThat(DefinedTerm.answer("推行三个一工作法图的是啥", catalog(), List.of())).as("a why-question").isEmpty();
        assertThat(DefinedTerm.answer("县级领导谁带头推三个一工作法 有几个人", catalog(), List.of())).isEmpty();
        // "就是要…" states a purpose, it defines nothing
        assertThat(DefinedTerm.answer("三抓三促行动是啥", catalog(), List.of())).isEmpty();
    }
}
