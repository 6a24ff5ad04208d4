package org.campaignbot.testing;

import org.campaignbot.knowledge.KnowledgeProperties;
import org.campaignbot.knowledge.KnowledgeSync;
import org.campaignbot.knowledge.index.EmbeddingProperties;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The knowledge base alone, for {@code @SpringBootTest(classes = KnowledgeSlice.class)}: every bean of
 * {@code org.campaignbot.knowledge} (reader, real Lucene index, embedding model, sync, watcher, retriever, health)
 * and the test clock, without the web server, the database, the answers or the features. It starts in a fraction
 * of the application's time; a test that needs no more than the knowledge base uses it instead of the whole app.
 *
 * <p>Deliberately not a {@code @Configuration}: test sources are on the class path of every whole-application test,
 * whose component scan of {@code org.campaignbot} would otherwise pick this class up and add its beans (the test
 * clock) to the application. The same holds for {@link TestDatabase}, whose data source would replace the configured
 * one. Named in {@code classes} or {@code @Import}, a plain class is configuration enough.
 */
@ComponentScan(basePackageClasses = KnowledgeSync.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EnableConfigurationProperties({KnowledgeProperties.class, EmbeddingProperties.class})
@EnableScheduling // the watcher polls the folder
@Import(TestClock.class)
public class KnowledgeSlice {
}
