package org.campaignbot.channel.wecom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignbot.channel.inbound.TransportHealth;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} → {@code components.wecom}: which WeCom parts are configured and the configuration
 * problems seen while sending (wrong robot key 93000, wrong secret, untrusted IP …), by source ("应用消息",
 * "群机器人 office"), in the shape every platform reports ({@link TransportHealth}).
 */
@Component("wecomHealthIndicator")
@Conditional(WeComConditions.Enabled.class)
class WeComHealth extends TransportHealth {
    private final WeComProperties properties;

    WeComHealth(WeComProperties properties) {
        super("企业微信", "企业微信「{}」配置有误：{}。修正设置后自动恢复，期间消息保留在发件箱中。");
        this.properties = properties;
    }

    @Override
    protected Map<String, Object> configured() {
        List<String> parts = new ArrayList<>();
        if (properties.appCallbackEnabled()) {
            parts.add("自建应用回调 /wecom/callback");
        }
        if (properties.appSendEnabled()) {
            parts.add("应用消息 message/send");
        }
        if (properties.aibot().enabled()) {
            parts.add("智能机器人回调 /wecom/aibot/callback");
        }
        Map<String, Object> configured = new LinkedHashMap<>();
        configured.put("configured", parts);
        configured.put("robots", properties.robots().keySet().stream().sorted().toList());
        return configured;
    }
}
