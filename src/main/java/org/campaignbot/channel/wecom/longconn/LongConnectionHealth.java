package org.campaignbot.channel.wecom.longconn;

import java.time.Clock;
import org.campaignbot.channel.inbound.ConnectionHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /actuator/health} → {@code components.wecomLongConnection}: whether the robot can hear questions now, in
 * the terms every long connection reports ({@link ConnectionHealth}). Never shows the Secret.
 */
class LongConnectionHealth extends ConnectionHealth {
    private static final Logger log = LoggerFactory.getLogger(LongConnectionHealth.class);

    LongConnectionHealth(Clock clock) {
        super("企业微信长连接", clock);
    }

    void ignored(String why) {
        ignoredFrames.incrementAndGet();
        log.warn("忽略企业微信长连接上无法处理的帧：{}", why);
    }
}
