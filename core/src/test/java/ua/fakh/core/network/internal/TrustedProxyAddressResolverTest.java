package ua.fakh.core.network.internal;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxyAddressResolverTest {
    private final TrustedProxyAddressResolver resolver =
            new TrustedProxyAddressResolver("127.0.0.1/32, 10.0.0.0/8 ,2001:db8:ffff::/48", "X-Forwarded-For");
    private final InetAddress proxy = IpLiterals.parse("10.1.2.3");

    @Test
    void theClientIsTheRightMostAddressThatIsNoTrustedProxy() {
        assertThat(client("198.51.100.1, 203.0.113.7, 10.0.0.2")).isEqualTo("203.0.113.7");
        assertThat(client("203.0.113.7, 2001:db8:ffff::5")).isEqualTo("203.0.113.7");
        assertThat(client("[2001:db8:1::9]:443")).isEqualTo("2001:db8:1::9");
    }

    @Test
    void aForgedLeftPartOfTheChainIsIgnored() {
        // the client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw
        assertThat(client("1.1.1.1, 203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anUnreadableEntryStopsTheWalkAtTheLastTrustedHop() {
        assertThat(client("203.0.113.7, garbage, 10.0.0.2")).isEqualTo("10.0.0.2");
        assertThat(client("")).isEqualTo("10.1.2.3");
    }

    @Test
    void aChainOfOnlyTrustedProxiesEndsAtItsLeftMostAddress() {
        assertThat(client("10.0.0.9, 10.0.0.2")).isEqualTo("10.0.0.9");
    }

    @Test
    void malformedSettingsStopTheStart() {
        assertThatThrownBy(() -> new TrustedProxyAddressResolver("10.0.0.0/33", "X-Forwarded-For"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new TrustedProxyAddressResolver("proxy.example.org", "X-Forwarded-For"))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> new TrustedProxyAddressResolver("", "X-Real-IP"))
                .isInstanceOf(ConfigurationException.class);
        assertThat(TrustedProxies.parse(" ").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse("192.0.2.1").contains(IpLiterals.parse("192.0.2.1"))).isTrue();
        assertThat(TrustedProxies.parse("192.0.2.1").contains(IpLiterals.parse("192.0.2.2"))).isFalse();
    }

    private String client(String xForwardedFor) {
        return IpLiterals.format(resolver.clientBehind(proxy, ForwardedChain.ofXForwardedFor(List.of(xForwardedFor))));
    }
}
