package ua.fakh.core.network.internal;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;

/**
 * The one answer to "who is the client?" for rate limits and the audit log, replacing Micronaut's
 * resolver (which believes forwarding headers from anyone). Headers count only when the direct peer
 * is a trusted proxy ({@code FAKH_TRUSTED_PROXIES}); the client is then the right-most address in
 * the chain that is not itself a trusted proxy: every address left of it could have been written by
 * the client. Only the header the proxies maintain ({@code FAKH_FORWARDED_HEADER}) is read, since a
 * proxy that appends to one passes a forged other through untouched.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
final class TrustedProxyAddressResolver implements HttpClientAddressResolver {
    private final TrustedProxies proxies;
    private final boolean rfc7239;

    TrustedProxyAddressResolver(@Value("${fakh.trusted-proxies:}") String trustedProxies,
                                @Value("${fakh.forwarded-header:X-Forwarded-For}") String forwardedHeader) {
        this.proxies = TrustedProxies.parse(trustedProxies);
        String header = forwardedHeader.strip().toLowerCase(Locale.ROOT);
        if (!header.equals("x-forwarded-for") && !header.equals("forwarded")) {
            throw new ConfigurationException("FAKH_FORWARDED_HEADER must be X-Forwarded-For or Forwarded, not '"
                    + forwardedHeader + "'");
        }
        this.rfc7239 = header.equals("forwarded");
    }

    @Override
    public String resolve(HttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        InetAddress peerAddress = peer == null ? null : peer.getAddress();
        if (peerAddress == null) {
            return peer == null ? "unknown" : peer.getHostString();
        }
        if (proxies.isEmpty() || !proxies.contains(peerAddress)) {
            return IpLiterals.format(peerAddress);
        }
        return IpLiterals.format(clientBehind(peerAddress, chain(request)));
    }

    /** Right to left through the chain; an unreadable entry stops the walk at the last trusted hop. */
    InetAddress clientBehind(InetAddress trustedPeer, List<String> chain) {
        InetAddress client = trustedPeer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            InetAddress hop = IpLiterals.parseNode(chain.get(i));
            if (hop == null) {
                return client;
            }
            client = hop;
            if (!proxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    private List<String> chain(HttpRequest<?> request) {
        return rfc7239
                ? ForwardedChain.ofForwarded(request.getHeaders().getAll(HttpHeaders.FORWARDED))
                : ForwardedChain.ofXForwardedFor(request.getHeaders().getAll("X-Forwarded-For"));
    }
}
