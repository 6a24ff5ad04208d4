package org.campaignbot.quiz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.campaignbot.BotTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The running app with quiz settings the tests rely on: a daily cap of 6 points, two groups on the fake "test"
 * channel (one taking contest answers, one getting study cards), the test contacts file and an admin password.
 * All quiz test classes share this one context, so each test uses its own users and conversations.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.knowledge.watch=false",
        "bot.admin.password=quiz-secret",
        "bot.quiz.daily-cap=6",
        "bot.quiz.contacts-file=src/test/resources/quiz/contacts.yaml",
        "bot.quiz.groups[0].name=行动办工作群", "bot.quiz.groups[0].channel=test", "bot.quiz.groups[0].kind=robot",
        "bot.quiz.groups[0].id=office", "bot.quiz.groups[0].conversation-id=grp-office", "bot.quiz.groups[0].daily=true",
        "bot.quiz.groups[1].name=学习群", "bot.quiz.groups[1].channel=test", "bot.quiz.groups[1].kind=chat",
        "bot.quiz.groups[1].id=chat-study", "bot.quiz.groups[1].daily=true",
        "bot.quiz.groups[2].name=抢答测试群", "bot.quiz.groups[2].channel=test",
        "bot.quiz.groups[2].id=race", "bot.quiz.groups[2].conversation-id=grp-race"})
@Import(QuizTestConfig.class)
public @interface QuizBotTest {
}
