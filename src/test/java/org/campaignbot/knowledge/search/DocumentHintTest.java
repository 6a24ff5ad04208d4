package org.campaignbot.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentHintTest {
    @Test
    void theKindOfDocumentIsLeftOutWhereItOnlySaysWhereToLookOrWhoSpeaks() {
        assertThat(DocumentHint.withoutKindAsPlace("讲话号召干部争当啥")).isEqualTo(" 号召干部争当啥");
        assertThat(DocumentHint.withoutKindAsPlace("讲话里说的三感是哪三感")).isEqualTo(" 里说的三感是哪三感");
        assertThat(DocumentHint.withoutKindAsPlace("作风问题一旦查实了 通知说怎么处理")).isEqualTo("作风问题一旦查实了  说怎么处理");
        assertThat(DocumentHint.withoutKindAsPlace("讲话最后要大家思想和行动向哪看齐")).isEqualTo(" 最后要大家思想和行动向哪看齐");
    }

    @Test
    void theKindOfDocumentStaysWhereItIsPartOfTheTopic() {
        assertThat(DocumentHint.withoutKindAsPlace("推进会领导讲话之前 会上先走了哪些议程")).contains("讲话之前");
        assertThat(DocumentHint.withoutKindAsPlace("为什么要出这个工作方案")).isEqualTo("为什么要出这个工作方案");
    }

    @Test
    void aQuestionNamingTheSpeechOrTheMeetingIsAboutTheSpeech() {
        assertThat(DocumentHint.kind("讲话号召干部争当啥")).isEqualTo("讲话");
        assertThat(DocumentHint.kind("会上先走了哪些议程")).isEqualTo("讲话");
        assertThat(DocumentHint.kind("通知是下发给哪些单位的")).isEqualTo("通知");
        assertThat(DocumentHint.kind("容错纠错谁牵头")).isEmpty();
    }

    @Test
    void aStatedKindIsTheSpeechOrAKindNamedAsThePlaceLookedIn() {
        assertThat(DocumentHint.statedKind("讲话要求营造一种什么样的氛围")).isEqualTo("讲话");
        assertThat(DocumentHint.statedKind("方案里督查结果用到哪")).isEqualTo("方案");
        assertThat(DocumentHint.statedKind("会上说这些问题该咋对待")).as("the meeting, not its speech").isEmpty();
        assertThat(DocumentHint.statedKind("一任务一方案 里头得写清楚啥")).as("a kind word inside a name").isEmpty();
    }

    @Test
    void aDocumentOfAnotherKindThanTheStatedOneWeighsLessThanOfAnotherKindThanTheMeetingsOne() {
        assertThat(DocumentHint.weight("讲话", "讲话", "实施方案")).isEqualTo(DocumentHint.OTHER_STATED);
        assertThat(DocumentHint.weight("讲话", "", "实施方案")).isEqualTo(DocumentHint.OTHER_DOCUMENT);
        assertThat(DocumentHint.weight("讲话", "讲话", "在推进会上的讲话")).isEqualTo(1.0);
        assertThat(DocumentHint.OTHER_STATED).isLessThan(DocumentHint.OTHER_DOCUMENT);
    }

    @Test
    void aBulletinIsNamedOnlyAsADocument() {
        assertThat(DocumentHint.kind("三季度督查通报为什么要对整改开展回头看")).isEqualTo("通报");
        assertThat(DocumentHint.kind("通报里作风方面反弹的问题有哪些")).isEqualTo("通报");
        assertThat(DocumentHint.kind("督查通报最后提了几条要求")).isEqualTo("通报");
        // what is done with results, or a plan's way of working, names no document
        assertThat(DocumentHint.kind("哪些单位被通报批评了")).isEmpty();
        assertThat(DocumentHint.kind("强化督查通报是什么意思")).isEmpty();
        assertThat(DocumentHint.kind("方案里的督查通报机制是咋规定的")).isEqualTo("方案");
        assertThat(DocumentHint.withoutPlaceLookedIn("通报里作风方面反弹的问题有哪些")).isEqualTo(" 作风方面反弹的问题有哪些");
    }
}
