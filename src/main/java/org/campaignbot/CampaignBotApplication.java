package org.campaignbot;

import org.campaignbot.knowledge.index.EmbeddingConfig;
import org.campaignbot.security.PasswordHashCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CampaignBotApplication {
    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals(PasswordHashCommand.NAME)) { // a console account's hash, no service
            System.exit(PasswordHashCommand.run(System.out));
        }
        var app = new SpringApplication(CampaignBotApplication.class);
        app.addListeners(EmbeddingConfig.preloadInBackground());
        app.run(args);
    }
}
