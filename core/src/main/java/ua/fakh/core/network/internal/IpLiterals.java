package ua.fakh.core.network.internal;

import io.micronaut.core.annotation.Nullable;
import io.netty.util.NetUtil;

import java.net.InetAddress;

/** IP address literals only: nothing here ever asks DNS. IPv4-mapped IPv6 addresses read as IPv4. */
final class IpLiterals {
    private IpLiterals() {
    }

    /** The address written in {@code text}, or null when it is not an IPv4 or IPv6 literal. */
    static @Nullable InetAddress parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(text);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (java.net.UnknownHostException impossible) {
            return null;
        }
    }

    /** One spelling per address (RFC 5952 for IPv6), so limits and the audit log key on the same text. */
    static String format(InetAddress address) {
        return NetUtil.toAddressString(address);
    }

    /**
     * A node as forwarding headers write it: {@code 192.0.2.1}, {@code 192.0.2.1:4711},
     * {@code 2001:db8::1}, {@code [2001:db8::1]} or {@code [2001:db8::1]:4711}; the port is dropped.
     */
    static @Nullable InetAddress parseNode(String node) {
        String text = node.strip();
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            return close < 0 ? null : parse(text.substring(1, close));
        }
        int colon = text.indexOf(':');
        if (colon >= 0 && colon == text.lastIndexOf(':')) {
            text = text.substring(0, colon);   // IPv4 with a port
        }
        return parse(text);
    }
}
