package org.campaignbot.knowledge.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campaignbot.knowledge.load.DocumentReader;
import org.campaignbot.knowledge.load.HeadingDetector;
import org.campaignbot.knowledge.load.SourceDocument;
import org.junit.jupiter.api.Test;

class ChineseStructureSplitterTest {

    @Test
    void headingsAreRecognisedInBothPunctuationWidths() {
        assertThat(HeadingDetector.headingLevel("一、统一思想认识")).isEqualTo(1);
        assertThat(HeadingDetector.headingLevel("(一)抓学习促提升")).isEqualTo(3);
        assertThat(HeadingDetector.headingLevel("（一）抓学习促提升")).isEqualTo(3);
        assertThat(HeadingDetector.headingLevel("第二,抓执行促落实。执行是…")).isEqualTo(3);
        assertThat(HeadingDetector.headingLevel("第二，抓执行促落实。")).isEqualTo(3);
        assertThat(HeadingDetector.headingLevel("第十二条 工作人员应当…")).isEqualTo(2);
        assertThat(HeadingDetector.headingLevel("1.深化理论武装。")).isEqualTo(4);
        assertThat(HeadingDetector.headingLevel("1．深化理论武装。")).isEqualTo(4);
        assertThat(HeadingDetector.headingLevel("(1)学习制度")).isEqualTo(5);
        assertThat(HeadingDetector.headingLevel("（1）学习制度")).isEqualTo(5);
        // a handbook's parts stand above its numbered items
        assertThat(HeadingDetector.headingLevel("第一部分　基本概念")).isEqualTo(1);
        assertThat(HeadingDetector.headingLevel("第三章 纪律要求")).isEqualTo(1);
        assertThat(HeadingDetector.headingLevel("第一部分的内容要逐题学习。")).isZero();
        // not headings: a year, a date, plain prose
        assertThat(HeadingDetector.headingLevel("2035年远景目标")).isZero();
        assertThat(HeadingDetector.headingLevel("2026.12.31前完成")).isZero();
        assertThat(HeadingDetector.headingLevel("执行是检验工作成效的重要标准。")).isZero();
    }

    @Test
    void labelsAreTheHeadingSentenceShortenedAtAClauseBreak() {
        assertThat(HeadingDetector.label("第二,抓执行促落实。执行是检验工作成效的重要标准。")).isEqualTo("第二,抓执行促落实");
        assertThat(HeadingDetector.label("二、聚焦重点任务,扎实推进“三抓三促”行动落地见效")).isEqualTo("二、聚焦重点任务…");
        assertThat(HeadingDetector.label("15.问：年轻干部到基层一线锻炼有什么安排？")).as("a question stays one")
                .isEqualTo("15.问：年轻干部到基层一线锻炼有什么安…");
        assertThat(HeadingDetector.label("（一）抓学习促提升")).isEqualTo("（一）抓学习促提升");
    }

    @Test
    void sentencesEndAtFullWidthAndAsciiMarksAndKeepClosingQuotes() {
        assertThat(SentenceSplitter.split("要“抓落实。”然后呢?好的!再来;最后；完。"))
                .containsExactly("要“抓落实。”", "然后呢?", "好的!", "再来;", "最后；", "完。");
    }

    @Test
    void speechChunksCarryHeadingPathsAndStayWithinBounds() throws Exception {
        Path speech = Path.of("knowledge/speech-sanzhua-sancu.md");
        SourceDocument doc = new DocumentReader().read(speech, "speech-sanzhua-sancu.md");
        List<Chunk> chunks = new ChineseStructureSplitter().split(doc);

        assertThat(doc.title()).isEqualTo("在全市“三抓三促”行动动员部署会议上的讲话");
        assertThat(chunks).anySatisfy(c -> {
            assertThat(c.section()).isEqualTo("二、聚焦重点任务… > 第二,抓执行促落实");
            assertThat(c.text()).contains("执行是检验工作成效的重要标准");
        });
        for (Chunk c : chunks) {
            assertThat(c.text().length()).as(c.id()).isLessThanOrEqualTo(450 + 200); // one over-long sentence may spill
            String file = Files.readString(speech);
            c.text().lines().forEach(line -> assertThat(file).as("verbatim " + c.id()).contains(line));
        }
        // whole sentences only: every chunk ends at a sentence end
        assertThat(chunks).allSatisfy(c -> assertThat(c.text()).matches("(?s).*[。！？；!?;”]$"));
    }

    @Test
    void longSectionsSplitWithOneSentenceOfOverlap() {
        String s1 = "甲".repeat(120) + "。";
        String s2 = "乙".repeat(120) + "。";
        String s3 = "丙".repeat(120) + "。";
        String s4 = "丁".repeat(120) + "。";
        var doc = new SourceDocument("t.md", "T", List.of("一、标题", s1 + s2 + s3 + s4), List.of());
        List<Chunk> chunks = new ChineseStructureSplitter().split(doc);
        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0).text()).isEqualTo("一、标题\n" + s1 + s2 + s3);
        assertThat(chunks.get(1).text()).isEqualTo(s3 + s4);
        assertThat(chunks).allSatisfy(c -> assertThat(c.section()).isEqualTo("一、标题"));
    }

    @Test
    void aNewHeadingClosesDeeperOnes() {
        var doc = new SourceDocument("t.md", "T", List.of(
                "一、总体要求", "（一）目标", "1.第一项。内容。", "二、主要任务", "正文。"), List.of());
        List<Chunk> chunks = new ChineseStructureSplitter().split(doc);
        // a heading with only sub-headings under it is no chunk of its own: its words reach them via their paths
        assertThat(chunks).extracting(Chunk::section)
                .containsExactly("一、总体要求 > （一）目标 > 1.第一项", "二、主要任务");
    }

    @Test
    void anArticleOrAnItemOfOneSentenceIsKeptThoughTheNextHeadingFollowsIt() {
        // numbered like headings, such paragraphs are a part's whole content: a rules document's articles and items
        var doc = new SourceDocument("t.md", "T", List.of(
                "第一章 总则",
                "第三条 本方案所称基层一线干部，是指乡镇（街道）、村（社区）干部和各级政务服务窗口工作人员。",
                "第四条 开展“百千万”培训，应当遵循以下原则：",
                "（一）按需施教。",
                "（二）分级负责。缺什么补什么。",
                "3.评为“一般”等次的，由县行动办主任约谈提醒单位主要负责同志，限期30日内报送整改报告。",
                "4.结果运用"), List.of());
        List<Chunk> chunks = new ChineseStructureSplitter().split(doc);
        assertThat(chunks).extracting(Chunk::text).containsExactly(
                "第三条 本方案所称基层一线干部，是指乡镇（街道）、村（社区）干部和各级政务服务窗口工作人员。",
                "第四条 开展“百千万”培训，应当遵循以下原则：",
                "（二）分级负责。缺什么补什么。",
                "3.评为“一般”等次的，由县行动办主任约谈提醒单位主要负责同志，限期30日内报送整改报告。");
        // an article's items are numbered （一）: they stand under it, not beside it
        assertThat(chunks.get(2).section()).isEqualTo("第一章 总则 > 第四条 开展“百千万”培训… > （二）分级负责");
    }

    @Test
    void aQuestionLineIsToldFromAnAnswer() {
        assertThat(HeadingDetector.isQuestion("12.问：抓学习促提升方面，对领导干部有哪些要求？")).isTrue();
        assertThat(HeadingDetector.isQuestion("（3）问:测试怎么考?")).isTrue();
        assertThat(HeadingDetector.isQuestion("问：什么是堵点清零？")).isTrue();
        assertThat(HeadingDetector.isQuestion("答：概括起来是“三个带头”：")).isFalse();
        assertThat(HeadingDetector.isQuestion("群众有疑问：可拨打热线。")).isFalse();
    }

    /** A speech's points written as a paragraph's opening sentence ("第三，…。", "一要…。"), with a closing paragraph. */
    private static final SourceDocument SPEECH_POINTS = new SourceDocument("s.txt", "讲话", List.of(
            "一、肯定成绩",
            "第一，学习氛围明显浓厚。集中学习2140场次。",
            "第二，发展效能明显提升。开工58个项目。",
            "回顾上半年的工作，我们也积累了一些有益经验。",
            "四、压实责任",
            "一要压实领导责任。主要负责同志是第一责任人。",
            "二要强化督查问效。8月中旬起开展回头看。",
            "同志们，行动开弓没有回头箭。"), List.of());

    @Test
    void aSpeechPointEndsWithItsParagraph() {
        assertThat(HeadingDetector.headingLevel("一要压实领导责任。主要负责同志是第一责任人。")).isEqualTo(3);
        assertThat(HeadingDetector.headingLevel("一要把学习成果转化为解决问题的实招，二要…。")).as("a long sentence is no point")
                .isZero();
        assertThat(HeadingDetector.label("一要压实领导责任。主要负责同志是第一责任人。")).isEqualTo("一要压实领导责任");
        assertThat(HeadingDetector.endsWithItsParagraph("第二，发展效能明显提升。开工58个项目。")).isTrue();
        assertThat(HeadingDetector.endsWithItsParagraph("（一）指导思想")).as("a heading on its own line").isFalse();
        assertThat(HeadingDetector.endsWithItsParagraph("18.问：台账多久报一次？有什么要求？")).isFalse();

        List<Chunk> chunks = new ChineseStructureSplitter().split(SPEECH_POINTS);
        // what follows a point's paragraph is the part's again, not the point's
        assertThat(chunks).extracting(Chunk::section).containsExactly(
                "一、肯定成绩 > 第一，学习氛围明显浓厚", "一、肯定成绩 > 第二，发展效能明显提升", "一、肯定成绩",
                "四、压实责任 > 一要压实领导责任", "四、压实责任 > 二要强化督查问效", "四、压实责任");
        assertThat(chunks.get(2).text()).isEqualTo("回顾上半年的工作，我们也积累了一些有益经验。");
    }

    @Test
    void theHeadingTreeAgreesWithTheChunksAboutWhereAPointEnds() {
        var outline = org.campaignbot.knowledge.structure.DocumentFacts.of(SPEECH_POINTS).outline();
        var first = outline.children().get(0);
        assertThat(first.children()).extracting(org.campaignbot.knowledge.structure.Section::topic)
                .containsExactly("学习氛围明显浓厚", "发展效能明显提升");
        assertThat(first.body()).containsExactly("回顾上半年的工作，我们也积累了一些有益经验。");
        assertThat(first.children().get(1).body()).containsExactly("开工58个项目。");
        var fourth = outline.children().get(1);
        assertThat(fourth.children()).extracting(org.campaignbot.knowledge.structure.Section::topic)
                .containsExactly("压实领导责任", "强化督查问效");
        assertThat(fourth.body()).containsExactly("同志们，行动开弓没有回头箭。");
    }
}
