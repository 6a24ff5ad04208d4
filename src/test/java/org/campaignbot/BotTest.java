package org.campaignbot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The running app on a random port with its own in-memory database and index directory. Tests that use exactly
 * this annotation share one Spring context; tests that need other settings add {@code properties} of their own
 * on a {@link SpringBootTest} and get a fresh context (and a fresh index).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        BotTest.DB, BotTest.INDEX, "bot.knowledge.watch-interval=500ms"})
public @interface BotTest {
    String DB = "spring.datasource.url=jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1";
    String INDEX = "bot.knowledge.index-dir=target/test-index/${random.uuid}";
}
