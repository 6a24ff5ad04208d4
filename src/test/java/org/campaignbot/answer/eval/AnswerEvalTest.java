package org.campaignbot.answer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.campaignbot.BotTest;
import org.campaignbot.common.HalfWidth;
import org.campaignbot.conversation.ConversationService;
import org.campaignbot.knowledge.search.HybridRetriever;
import org.campaignbot.knowledge.search.SearchResult;
import org.campaignbot.message.IncomingMessage;
import org.campaignbot.message.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reply quality on questions in cadres' phrasing over the shipped speech and plan plus a second plan written for the
 * tests (src/test/resources/eval). The development part is the one answers were tuned on; the held-out part was
 * written before tuning and is never used for it. Prints the per-category table of both parts; set
 * EVAL_SHOW_FAILURES=1 to list the development part's failures.
 *
 * <p>The targets are reply accuracy ≥ 0.90 in every category, R@1 ≥ 0.90, false refusals ≤ 2 % and every off-topic
 * question declined. Not all are reached yet (see the README's table); until they are, the held-out floors below are
 * the measured levels rounded down, so that no change makes the answers worse unnoticed. Raise them, never lower them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {BotTest.DB, BotTest.INDEX})
class AnswerEvalTest {
    /** Measured held-out levels, rounded down (targets: 0.90, 0.90 and 0.02). */
    static final double CATEGORY_FLOOR = 0.75, RECALL_AT_1_FLOOR = 0.83, FALSE_REFUSALS_CEILING = 0.03;

    @Autowired
    ConversationService conversation;
    @Autowired
    HybridRetriever retriever;
    @Autowired
    org.campaignbot.knowledge.KnowledgeSync sync;

    /**
     * Documents added after the held-out part was written that may answer its off-topic questions: the Q&A handbook
     * covers every topic of the campaign ("领导小组组长是谁" is in it), the 组织部's training plan every topic of training. Nobody may read the held-out part to check its
     * labels against such a document, so the held-out part is asserted on the knowledge base it was checked for and
     * only reported with these documents added.
     */
    static final List<String> UNCHECKED_FOR_HELD_OUT = List.of("yingzhi-yinghui.txt", "plan-zuzhibu-peixun.md", "plan-fagaiwei-xiangmu.md",
            "speech-zongjie.txt", "tongbao-ducha.md");
    private static Path knowledgeDir;
    private int runs;

    @DynamicPropertySource
    static void knowledge(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Path.of("target", "eval-knowledge", UUID.randomUUID().toString());
        Files.createDirectories(dir);
        for (Path source : List.of(Path.of("knowledge"), Path.of("src/test/resources/eval/knowledge"))) {
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        knowledgeDir = dir;
        registry.add("bot.knowledge.dir", dir::toString);
        registry.add("bot.knowledge.watch", () -> "false");
    }

    @Test
    void heldOutQuestionsAreAnsweredAsCadresExpect() throws IOException {
        EvalReport dev = run("development (tuned on)", EvalQuestion.load("/eval/questions-dev.tsv"));
        EvalReport heldOutAll = run("held-out, with " + UNCHECKED_FOR_HELD_OUT + " (reported only)",
                EvalQuestion.load("/eval/questions-heldout.tsv"));
        List<EvalQuestion> heldOutQuestions = EvalQuestion.load("/eval/questions-heldout.tsv");
        EvalReport heldOut = withoutUncheckedDocuments(() -> run("held-out (never tuned on)", heldOutQuestions));
        System.out.println(dev.table());
        System.out.println(heldOut.table());
        System.out.println(heldOutAll.table());
        String extra = System.getenv("EVAL_EXTRA");
        if (extra != null) { // a new batch's first run: its table and every failure, before it joins the dev part
            EvalReport batch = run("extra " + extra, EvalQuestion.load(Path.of(extra)));
            System.out.println(batch.table());
            batch.failures().forEach(f -> System.out.printf("EXTRAFAIL %s [%s] %s%n%s%n---%n", f.question().id(),
                    f.question().category(), f.question().question(), f.reply()));
        }
        if (System.getenv("EVAL_SHOW_FAILURES") != null) {
            dev.offTopic().forEach(o -> System.out.println("OFFTOPIC " + o.question().question() + " " + o.reply().lines().reduce((a, b) -> b).orElse("")));
            dev.failures().forEach(f -> System.out.printf("FAIL %s [%s] %s%n%s%n---%n", f.question().id(),
                    f.question().category(), f.question().question(), f.reply()));
        }
        // the held-out part's failures are not printed: reading them would turn it into a tuning set
        for (String category : heldOut.byCategory().keySet()) {
            assertThat(heldOut.accuracy(category)).as("held-out accuracy, " + category).isGreaterThanOrEqualTo(CATEGORY_FLOOR);
        }
        assertThat(heldOut.accuracy("offtopic")).as("off-topic questions declined").isEqualTo(1.0);
        assertThat(heldOut.accuracy("duty")).as("held-out accuracy, duty").isGreaterThanOrEqualTo(0.90);
        assertThat(heldOut.recallAt1()).as("held-out R@1").isGreaterThanOrEqualTo(RECALL_AT_1_FLOOR);
        assertThat(heldOut.falseRefusals()).as("held-out false refusals").isLessThanOrEqualTo(FALSE_REFUSALS_CEILING);
        assertThat(dev.accuracy("duty")).as("development accuracy, duty").isGreaterThanOrEqualTo(0.90);
    }

    /** The report made on the knowledge base without {@link #UNCHECKED_FOR_HELD_OUT}; the documents are put back after. */
    private EvalReport withoutUncheckedDocuments(java.util.function.Supplier<EvalReport> measure) throws IOException {
        Path aside = Files.createTempDirectory("eval-aside");
        List<String> present = UNCHECKED_FOR_HELD_OUT.stream().filter(n -> Files.exists(knowledgeDir.resolve(n))).toList();
        for (String name : present) {
            Files.move(knowledgeDir.resolve(name), aside.resolve(name));
        }
        sync.sync();
        try {
            return measure.get();
        } finally {
            for (String name : present) {
                Files.move(aside.resolve(name), knowledgeDir.resolve(name));
            }
            sync.sync();
        }
    }

    private EvalReport run(String name, List<EvalQuestion> questions) {
        EvalReport report = new EvalReport(name);
        runs++;
        Map<String, String> conversationOf = new HashMap<>();
        for (EvalQuestion q : questions) {
            // a conversation of its own per run: the held-out part is asked twice. EVAL_ONE_CONVERSATION asks every
            // question of a run in one conversation, as in a group chat where unrelated questions follow each other:
            // what a follow-up may refer to must not spoil a question that stands alone
            String own = System.getenv("EVAL_ONE_CONVERSATION") != null ? "eval-" + runs : "eval-" + runs + "-" + q.id();
            String conversationId = q.follows().isEmpty() ? own : conversationOf.get(q.follows());
            conversationOf.put(q.id(), conversationId);
            Reply reply = conversation.handle(new IncomingMessage("web", conversationId, "eval-user", "评测",
                    q.question(), false, false));
            boolean declined = reply.citations().isEmpty();
            boolean accepted = q.offTopic() ? declined : !declined && contains(reply.body(), q.expected());
            Boolean first = null;
            if (!q.source().isEmpty() && q.follows().isEmpty()) {
                SearchResult result = retriever.search(q.question(), 1);
                first = !result.passages().isEmpty()
                        && fold(result.passages().get(0).chunk().text()).contains(fold(q.source()));
                if (!first && System.getenv("EVAL_SHOW_FAILURES") != null && q.id().startsWith("d")) {
                    System.out.println("R1MISS " + q.id() + " " + q.question() + " → " + (result.passages().isEmpty() ? ""
                            : result.passages().get(0).chunk().text().replace("\n", " ").substring(0,
                            Math.min(50, result.passages().get(0).chunk().text().length()))) + " | want " + q.source());
                }
            }
            if (System.getenv("EVAL_EVIDENCE") != null && q.id().startsWith("d")) {
                var ev = retriever.search(q.question(), 5).evidence();
                System.out.printf("EVID %s %s %.3f %.3f %.3f %s %s %s%n", q.id(), q.category(), ev.similarity(), ev.coverage(),
                        ev.unknown(), ev.askedThingUnknown(), declined, accepted);
            }
            String shown = reply.text();
            if (declined || q.offTopic()) {
                shown += "\n" + retriever.search(q.question(), 5).evidence();
            }
            report.add(new EvalReport.Outcome(q, accepted, declined, first, shown));
        }
        return report;
    }

    private static boolean contains(String reply, List<List<String>> expected) {
        String r = fold(reply);
        return expected.stream().allMatch(alternatives -> alternatives.stream().anyMatch(a -> r.contains(fold(a))));
    }

    /** Compared without width differences: a table cell's （党组） is shown as (党组). */
    private static String fold(String text) {
        return HalfWidth.of(text).replaceAll("\\s", "");
    }
}
