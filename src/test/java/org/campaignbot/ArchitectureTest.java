package org.campaignbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The package rule of the design notes, checked on the compiled main classes: dependencies point one way,
 * {@code common} and {@code message} (the one message model: {@code IncomingMessage}, {@code Reply},
 * {@code Citation}) ← {@code knowledge} ← {@code answer} ← {@code conversation} ← features ({@code supervision},
 * {@code quiz}) and {@code channel}, with the shared directories ({@code contacts}, {@code calendar}) below the
 * features. The features hand their pushes to the {@code outbox} (below them, above common), which the channels
 * deliver from, so nothing in the core imports a channel. A cycle between two packages fails the build, naming the
 * classes that close it.
 *
 * <p>Cycles are checked twice, between the top-level packages and among the sub-packages of each one, rather than
 * once over every package: on the whole graph ArchUnit 1.5 reported the cycles through {@code answer} and left out
 * the ones inside {@code quiz}, and a rule that fails for one reason should still list every reason.
 */
class ArchitectureTest {
    private static final String BASE = "org.campaignbot.";
    private static final String COMMON = BASE + "common..";
    private static final String MESSAGE = BASE + "message..";
    private static final String KNOWLEDGE = BASE + "knowledge..";
    private static final String ANSWER = BASE + "answer..";
    private static final String CONVERSATION = BASE + "conversation..";
    private static final String SUPERVISION = BASE + "supervision..";
    private static final String QUIZ = BASE + "quiz..";
    private static final String CONTACTS = BASE + "contacts..";
    private static final String CALENDAR = BASE + "calendar..";
    private static final String OUTBOX = BASE + "outbox..";
    private static final String CHANNEL = BASE + "channel..";
    private static final String CLUSTER = BASE + "cluster..";
    /** The application's edges: console, login, operations, backup, the home folder; nothing in the core needs them. */
    private static final String[] EDGES = {BASE + "admin..", BASE + "console..", BASE + "security..", BASE + "operations..",
            BASE + "backup..", BASE + "home.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.campaignbot");

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("org.campaignbot.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @TestFactory
    Stream<DynamicTest> subPackagesAreFreeOfCycles() {
        var topLevel = new TreeSet<String>();
        for (JavaClass c : MAIN) {
            String rest = c.getPackageName().substring("org.campaignbot".length());
            if (rest.startsWith(".")) {
                topLevel.add(rest.substring(1).split("\\.")[0]);
            }
        }
        return topLevel.stream().map(top -> DynamicTest.dynamicTest(top, () -> slices()
                .matching("org.campaignbot.(**)").should().beFreeOfCycles()
                .check(MAIN.that(JavaClass.Predicates.resideInAPackage(BASE + top + "..")))));
    }

    @Test
    void commonAndMessageDependOnNoOtherPackage() {
        noClasses().that().resideInAnyPackage(COMMON, MESSAGE)
                .should().dependOnClassesThat().resideInAnyPackage(with(EDGES, KNOWLEDGE, ANSWER, CONVERSATION,
                        SUPERVISION, QUIZ, CONTACTS, CALENDAR, OUTBOX, CHANNEL))
                .because("common and the message model are the bottom layer").check(MAIN);
    }

    @Test
    void knowledgeDependsOnlyOnTheBottomLayer() {
        noClasses().that().resideInAPackage(KNOWLEDGE)
                .should().dependOnClassesThat().resideInAnyPackage(with(EDGES, ANSWER, CONVERSATION, SUPERVISION,
                        QUIZ, CONTACTS, CALENDAR, OUTBOX, CHANNEL))
                .because("knowledge sits right above common").check(MAIN);
    }

    @Test
    void answerDependsOnlyOnKnowledgeAndBelow() {
        noClasses().that().resideInAPackage(ANSWER)
                .should().dependOnClassesThat().resideInAnyPackage(with(EDGES, CONVERSATION, SUPERVISION, QUIZ,
                        CONTACTS, CALENDAR, OUTBOX, CHANNEL))
                .because("answer sits below the conversation, the features and the channels").check(MAIN);
    }

    @Test
    void conversationDependsOnNoFeatureNorChannel() {
        noClasses().that().resideInAPackage(CONVERSATION)
                .should().dependOnClassesThat().resideInAnyPackage(with(EDGES, SUPERVISION, QUIZ, CONTACTS, CALENDAR,
                        OUTBOX, CHANNEL))
                .because("features plug into the conversation, not the other way round").check(MAIN);
    }

    @Test
    void sharedDirectoriesDependOnNoFeature() {
        noClasses().that().resideInAnyPackage(CONTACTS, CALENDAR)
                .should().dependOnClassesThat().resideInAnyPackage(with(EDGES, ANSWER, CONVERSATION, SUPERVISION,
                        QUIZ, CHANNEL))
                .because("contacts and calendar are shared below the features").check(MAIN);
    }

    @Test
    void outboxDependsOnNothingAboveCommon() {
        noClasses().that().resideInAPackage(OUTBOX)
                .should().dependOnClassesThat().resideInAnyPackage(with(EDGES, KNOWLEDGE, ANSWER, CONVERSATION,
                        SUPERVISION, QUIZ, CONTACTS, CALENDAR, CHANNEL))
                .because("features write pushes into the outbox and channels read them out: it sits below both")
                .check(MAIN);
    }

    @Test
    void clusterDependsOnNothingAboveCommon() {
        noClasses().that().resideInAPackage(CLUSTER)
                .should().dependOnClassesThat().resideInAnyPackage(with(EDGES, KNOWLEDGE, ANSWER, CONVERSATION,
                        SUPERVISION, QUIZ, CONTACTS, CALENDAR, OUTBOX, CHANNEL))
                .because("locks, leases and shared rate limits serve every feature and the outbox: they sit below them")
                .check(MAIN);
    }

    @Test
    void featuresDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage(SUPERVISION)
                .should().dependOnClassesThat().resideInAPackage(QUIZ)
                .because("what both features need lives below them (contacts, calendar)").check(MAIN);
        noClasses().that().resideInAPackage(QUIZ)
                .should().dependOnClassesThat().resideInAPackage(SUPERVISION)
                .because("what both features need lives below them (contacts, calendar)").check(MAIN);
    }

    @Test
    void coreNeverImportsAChannel() {
        noClasses().that().resideInAnyPackage(KNOWLEDGE, ANSWER, CONVERSATION, SUPERVISION, QUIZ, CONTACTS, CALENDAR,
                        OUTBOX)
                .should().dependOnClassesThat().resideInAPackage(CHANNEL)
                .because("platform formats live only in the channels; the core speaks IncomingMessage and Reply")
                .check(MAIN);
    }

    /**
     * Search, answers and the features read the knowledge base through {@code KnowledgeView}; only the sync (and the
     * console and admin API that trigger it) may touch {@code KnowledgeSync}, and nobody outside the knowledge root
     * package calls the index's writing methods.
     */
    @Test
    void readersSeeTheKnowledgeBaseReadOnly() {
        String sync = BASE + "knowledge.KnowledgeSync";
        String index = BASE + "knowledge.index.KnowledgeIndex";
        noClasses().that().resideInAnyPackage(BASE + "knowledge.search..", ANSWER, CONVERSATION, SUPERVISION, QUIZ,
                        CONTACTS, CALENDAR, OUTBOX, CHANNEL)
                .should().dependOnClassesThat().haveFullyQualifiedName(sync)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(BASE + "knowledge.IndexedKnowledge")
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        HasName.Predicates.name(index))).and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                        "open|replaceFile|removeFile|commit|close"))))
                .because("a search, an answer or a quiz must never leave the index half-written").check(MAIN);
    }

    private static String[] with(String[] edges, String... packages) {
        var all = new String[edges.length + packages.length];
        System.arraycopy(edges, 0, all, 0, edges.length);
        System.arraycopy(packages, 0, all, edges.length, packages.length);
        return all;
    }
}
