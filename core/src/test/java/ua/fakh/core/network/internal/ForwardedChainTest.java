package ua.fakh.core.network.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedChainTest {

    @Test
    void readsTheForParameterOfEveryElementInOrder() {
        assertThat(ForwardedChain.ofForwarded(List.of("for=192.0.2.60;proto=http;by=203.0.113.43, for=198.51.100.17")))
                .containsExactly("192.0.2.60", "198.51.100.17");
    }

    @Test
    void readsQuotedIpv6WithAndWithoutPortAndQuotedIpv4WithPort() {
        List<String> chain = ForwardedChain.ofForwarded(List.of(
                "For=\"[2001:db8:cafe::17]:4711\", for=\"[2001:db8::1]\";proto=https, for=\"192.0.2.43:47011\""));
        assertThat(chain).containsExactly("[2001:db8:cafe::17]:4711", "[2001:db8::1]", "192.0.2.43:47011");
        assertThat(chain.stream().map(IpLiterals::parseNode).map(IpLiterals::format))
                .containsExactly("2001:db8:cafe::17", "2001:db8::1", "192.0.2.43");
    }

    @Test
    void separatorsInsideQuotesDoNotSplitAndEscapesAreRead() {
        assertThat(ForwardedChain.ofForwarded(List.of("for=\"_x,y;z\";by=\"a\\\"b\", for=192.0.2.1")))
                .containsExactly("_x,y;z", "192.0.2.1");
    }

    @Test
    void severalHeaderLinesContinueOneChainAndAnElementWithoutForIsKeptEmpty() {
        assertThat(ForwardedChain.ofForwarded(List.of("for=192.0.2.1", "proto=https;by=10.0.0.1, for=unknown")))
                .containsExactly("192.0.2.1", "", "unknown");
        assertThat(ForwardedChain.ofXForwardedFor(List.of("203.0.113.7, 10.0.0.2", "10.0.0.3")))
                .containsExactly("203.0.113.7", "10.0.0.2", "10.0.0.3");
    }

    @Test
    void nodesThatAreNoAddressReadAsNothingAndNothingAsksDns() {
        assertThat(IpLiterals.parseNode("unknown")).isNull();
        assertThat(IpLiterals.parseNode("_hidden")).isNull();
        assertThat(IpLiterals.parseNode("localhost")).isNull();
        assertThat(IpLiterals.parseNode("example.org")).isNull();
        assertThat(IpLiterals.parseNode("[2001:db8::1")).isNull();
        assertThat(IpLiterals.parseNode("1.2.3")).isNull();
        assertThat(IpLiterals.format(IpLiterals.parseNode("::ffff:192.0.2.9"))).isEqualTo("192.0.2.9");
        assertThat(IpLiterals.format(IpLiterals.parseNode("2001:DB8:0:0:0:0:0:1"))).isEqualTo("2001:db8::1");
    }
}
