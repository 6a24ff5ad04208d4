package org.campaignbot;

import org.campaignbot.knowledge.index.EmbeddingConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CampaignBotApplication {
    public static void main(String[] args) {
        var app = new SpringApplication(CampaignBotApplication.class);
        app.addListeners(EmbeddingConfig.preloadInBackground());
        app.run(args);
    }
}
