package org.campaignbot.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.web.*}: the local chat page and its JSON API.
 *
 * @param open false keeps the chat page, /api/chat and /api/search to requests from this machine; true opens them
 *             to every address
 */
@ConfigurationProperties("bot.web")
public record WebProperties(@DefaultValue("false") boolean open) {
}
