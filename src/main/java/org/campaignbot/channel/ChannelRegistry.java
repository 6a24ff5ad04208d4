package org.campaignbot.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The enabled push channels by name. A platform whose settings are absent contributes no bean. */
@Component
public class ChannelRegistry {
    private final Map<String, Channel> byName;

    public ChannelRegistry(List<Channel> channels) {
        this.byName = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
    }

    public Optional<Channel> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
