package org.campaignbot.channel.dingtalk;

import java.time.Clock;
import org.campaignbot.channel.inbound.ConnectionHealth;

/**
 * {@code /actuator/health} → {@code components.dingtalkStream}: whether Stream mode can hear robot messages now, in
 * the terms every long connection reports ({@link ConnectionHealth}): start failures, SDK reconnects and missed
 * heartbeats (seen through {@link StreamSdkEvents}), and the idle restarts of {@link DingTalkStreamConnector}.
 */
public class DingTalkStreamHealth extends ConnectionHealth {
    public DingTalkStreamHealth(Clock clock) {
        super("钉钉 Stream", clock);
    }
}
