package ua.fakh.core.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Client addresses for tests that stand behind a trusted proxy at 127.0.0.1: random, so suites
 * sharing one PostgreSQL database never share a rate-limit counter.
 */
public final class Addresses {
    private Addresses() {
    }

    /** A random address of the IPv6 documentation block, as {@code X-Forwarded-For} carries it. */
    public static String uniqueIpv6() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x:%x:%x:%x:%x", random.nextInt(1, 0x10000), random.nextInt(0x10000),
                random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(1, 0x10000));
    }

    /** A random address of 198.18.0.0/15 (set aside for tests). */
    public static String uniqueIpv4() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
