package org.campaignbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.structure.DocumentCatalog;
import org.junit.jupiter.api.Test;

/** A person's phone number is given only when a line of the documents gives his. */
class PersonContactTest {
    static final String PLAN = """
            # xx市发改委工作方案
            ## 一、重点任务
            1.开办项目大讲堂。每月举办1期。（牵头单位：市发展改革委；责任人：王志刚；完成时限：2027年12月底前）
            2.推行项目秘书制度。（责任单位：市投资促进局；责任人：孙红梅，电话：0000-83210000；完成时限：2027年3月底前）
            联系人：委重大项目协调科　马文静，电话：0000-83216655
            """;

    static DocumentCatalog catalog() throws Exception {
        return DocumentCatalog.of(List.of(new DocumentReader().parse(PLAN.getBytes(StandardCharsets.UTF_8), "p.md")));
    }

    @Test
    void aPersonWhoseNumberNoLineGivesIsMissing() throws Exception {
        assertThat(PersonContact.missing("王志刚的联系电话多少", catalog())).isTrue();
        assertThat(PersonContact.missing("王志刚手机号是多少", catalog())).isTrue();
    }

    @Test
    void aPersonWithANumberOrAQuestionAboutNoOneIsNot() throws Exception {
        assertThat(PersonContact.missing("孙红梅电话多少", catalog())).isFalse();
        assertThat(PersonContact.missing("这个方案有问题找谁 电话多少", catalog())).isFalse();
        assertThat(PersonContact.missing("王志刚负责哪些任务", catalog())).isFalse();
    }
}
