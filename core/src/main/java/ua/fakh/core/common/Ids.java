package ua.fakh.core.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * The one id generator: time-ordered UUIDs (version 7, RFC 9562), so new rows land at the end of
 * primary-key indexes instead of at random places, on H2 and PostgreSQL alike.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
