package org.campaignbot.quiz.admin;

import java.time.Duration;
import java.util.TreeSet;
import org.campaignbot.cluster.ClusterLock;
import org.campaignbot.cluster.ClusterState;
import org.campaignbot.cluster.Fingerprint;
import org.campaignbot.knowledge.KnowledgeChangedEvent;
import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.quiz.QuestionRepository;
import org.campaignbot.quiz.QuizProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When drafts are generated from the documents: for an empty bank at start-up, and after each change to the
 * knowledge base. Every instance indexes the shared knowledge folder and so hears of each change; generation runs
 * under a cluster lock and records the change it handled (the changed paths and their contents), so the instances
 * that hear of the same change after the first one generate nothing. An instance that finds the lock taken skips the
 * change: the holder is generating from the same documents, and the bank adds only new stems anyway.
 */
@Component
class DraftGeneration {
    private static final Logger log = LoggerFactory.getLogger(DraftGeneration.class);
    static final String LOCK = "question-bank";
    static final String LAST_CHANGE = "quiz.drafts-generated-for";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    private final QuestionBank bank;
    private final QuestionRepository repo;
    private final QuizProperties props;
    private final KnowledgeProperties knowledge;
    private final ClusterLock lock;
    private final ClusterState state;

    DraftGeneration(QuestionBank bank, QuestionRepository repo, QuizProperties props, KnowledgeProperties knowledge,
                    ClusterLock lock, ClusterState state) {
        this.bank = bank;
        this.repo = repo;
        this.props = props;
        this.knowledge = knowledge;
        this.lock = lock;
        this.state = state;
    }

    /** A new installation starts with drafts to review rather than an empty bank. */
    @EventListener(ApplicationReadyEvent.class)
    public void generateWhenEmpty() {
        if (props.generateOnStart()) {
            lock.runExclusively(LOCK, LOCK_AT_MOST, () -> {
                if (repo.count(null) == 0) {
                    log.info("题库为空，已从知识库文档生成 {} 道待审核题目", bank.generate().created());
                }
            });
        }
    }

    /** Changed documents bring new drafts (only new stems are added; the office still reviews them). */
    @EventListener(KnowledgeChangedEvent.class)
    public void generateOnChange(KnowledgeChangedEvent change) {
        String print = fingerprint(change);
        lock.runExclusively(LOCK, LOCK_AT_MOST, () -> {
            if (state.get(LAST_CHANGE).filter(print::equals).isPresent()) {
                return; // another instance handled this very change
            }
            QuestionBank.Generated g = bank.generate();
            state.put(LAST_CHANGE, print);
            if (g.created() > 0) {
                log.info("知识库文档有更新，新生成 {} 道待审核题目", g.created());
            }
        });
    }

    /** The changed and removed paths with the changed files' contents: the same on every instance for one change. */
    private String fingerprint(KnowledgeChangedEvent change) {
        Fingerprint print = new Fingerprint();
        new TreeSet<>(change.updatedPaths()).forEach(path -> print.name("+" + path).contents(knowledge.dir().resolve(path)));
        new TreeSet<>(change.removedPaths()).forEach(path -> print.name("-" + path));
        return print.hex();
    }
}
