package ua.fakh.core.users.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.users.PasswordLinkPurpose;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The tokens of set-password links: 256 random bits, URL-safe Base64 (43 characters), stored only as
 * SHA-256 (a database copy opens no account). Runs in the caller's transaction.
 */
@Singleton
class PasswordTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SHAPE = "[A-Za-z0-9_-]{43}";

    private final PasswordTokenRepository rows;
    private final Clock clock;

    PasswordTokens(PasswordTokenRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** A new link for the user, replacing their unused ones of the same purpose; the token is returned this once. */
    String issue(UUID userId, PasswordLinkPurpose purpose) {
        rows.deleteUnused(userId, purpose);
        String token = newToken();
        Instant now = clock.instant();
        rows.save(new PasswordTokenRow(Ids.newId(), userId, purpose, hash(token), now, now.plus(purpose.validity()), null));
        return token;
    }

    /** A token made and hashed but kept nowhere: the same work as {@link #issue}, for an address that is no account's. */
    void issueNowhere() {
        hash(newToken());
    }

    /** The token's row while it still works (unused, unexpired). */
    Optional<PasswordTokenRow> usable(String token) {
        if (token == null || !token.matches(SHAPE)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return rows.findByTokenHash(hash(token)).filter(row -> row.usedAt() == null && row.expiresAt().isAfter(now));
    }

    /** Uses the token up; false when it was used (or expired) meanwhile. */
    boolean use(String token) {
        return rows.use(hash(token), clock.instant()) == 1;
    }

    void useAllOf(UUID userId) {
        rows.useAllOf(userId, clock.instant());
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void purge() {
        rows.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
