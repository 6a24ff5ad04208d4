package org.campaignbot.channel.dingtalk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.campaignbot.channel.inbound.TransportHealth;

/**
 * {@code /actuator/health} → {@code components.dingtalk}: how messages come in, which robots push, and the
 * configuration problems found while talking to DingTalk (a robot's secret is wrong, the clock is off, the app
 * credentials are refused), by part ("robots.office", "app"), in the shape every platform reports
 * ({@link TransportHealth}). Stream mode's liveness is its own report, {@code dingtalkStream}.
 */
public class DingTalkHealth extends TransportHealth {
    private final DingTalkProperties properties;

    public DingTalkHealth(DingTalkProperties properties) {
        super("钉钉");
        this.properties = properties;
    }

    @Override
    protected Map<String, Object> configured() {
        Map<String, Object> configured = new LinkedHashMap<>();
        configured.put("callback", properties.appConfigured()
                ? (properties.stream().enabled() ? "stream" : "http /dingtalk/callback") : "off");
        configured.put("robots", properties.robots().keySet());
        return configured;
    }
}
