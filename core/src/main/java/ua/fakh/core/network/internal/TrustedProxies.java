package ua.fakh.core.network.internal;

import io.micronaut.context.exceptions.ConfigurationException;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** The proxies whose forwarding headers are believed: CIDR blocks, IPv4 and IPv6 (a bare address is one host). */
final class TrustedProxies {
    private final List<IpSubnetFilterRule> blocks;

    private TrustedProxies(List<IpSubnetFilterRule> blocks) {
        this.blocks = blocks;
    }

    /** {@code "10.0.0.0/8, 2001:db8::/32"}; blank means none. A malformed entry stops the start-up. */
    static TrustedProxies parse(String commaSeparated) {
        List<IpSubnetFilterRule> blocks = new ArrayList<>();
        for (String entry : commaSeparated == null ? new String[0] : commaSeparated.split(",")) {
            String cidr = entry.strip();
            if (!cidr.isEmpty()) {
                blocks.add(block(cidr));
            }
        }
        return new TrustedProxies(List.copyOf(blocks));
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    boolean contains(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return blocks.stream().anyMatch(block -> block.matches(socket));
    }

    private static IpSubnetFilterRule block(String cidr) {
        int slash = cidr.indexOf('/');
        // checked as a literal first: the rule would otherwise resolve a host name through DNS
        InetAddress network = IpLiterals.parse(slash < 0 ? cidr : cidr.substring(0, slash));
        int maxPrefix = network == null ? 0 : network.getAddress().length * 8;
        try {
            int prefix = slash < 0 ? maxPrefix : Integer.parseInt(cidr.substring(slash + 1));
            if (network == null || prefix < 0 || prefix > maxPrefix) {
                throw new NumberFormatException();
            }
            return new IpSubnetFilterRule(network, prefix, IpFilterRuleType.ACCEPT);
        } catch (NumberFormatException malformed) {
            throw new ConfigurationException("FAKH_TRUSTED_PROXIES: '" + cidr
                    + "' is not an address or CIDR block such as 10.0.0.0/8 or 2001:db8::/32");
        }
    }
}
