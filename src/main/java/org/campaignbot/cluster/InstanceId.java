package org.campaignbot.cluster;

import java.net.InetAddress;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * This instance's name in the shared tables (outbox leases, cluster locks): host, process id and a random part, so
 * an operator can tell which machine holds what, and two instances in one process (the tests) still differ.
 */
@Component
public class InstanceId {
    private final String id;

    public InstanceId() {
        this.id = host() + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String value() {
        return id;
    }

    private static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 60 ? name.substring(0, 60) : name;
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
