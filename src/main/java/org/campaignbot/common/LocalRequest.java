package org.campaignbot.common;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request really comes from a person on this machine. The socket address alone is not enough:
 * <ul>
 *   <li>behind a reverse proxy on the same host (the README's HTTPS setup) every internet request arrives from
 *       127.0.0.1, but the proxy adds {@code Forwarded} / {@code X-Forwarded-*} / {@code X-Real-IP};</li>
 *   <li>a web page on another site can point its own domain at 127.0.0.1 (DNS rebinding) and have the visitor's
 *       browser call us; the browser then sends that domain as {@code Host}.</li>
 * </ul>
 * So a request is local only when it comes from a loopback address, carries no forwarding header, and names this
 * machine as its host. A header a client adds itself ({@code X-Forwarded-For: 127.0.0.1}) only makes it less local.
 */
public final class LocalRequest {
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private LocalRequest() {
    }

    public static boolean isLocal(HttpServletRequest request) {
        return isLoopback(request.getRemoteAddr()) && !forwarded(request) && localHost(request.getHeader("Host"));
    }

    public static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean forwarded(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("forwarded") || n.startsWith("x-forwarded-") || n.equals("x-real-ip")) {
                return true;
            }
        }
        return false;
    }

    /** "localhost", "127.0.0.1" or "[::1]", with or without a port; no Host header at all is not local. */
    static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            h = h.substring(0, colon);
        }
        return LOCAL_HOSTS.contains(h);
    }
}
