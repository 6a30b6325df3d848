package ua.fakh.core.auth.internal;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.errors.IssuingAnAccessTokenErrorCode;
import io.micronaut.security.errors.OauthErrorResponseException;
import io.micronaut.security.token.event.RefreshTokenGeneratedEvent;
import io.micronaut.security.token.generator.RefreshTokenGenerator;
import io.micronaut.security.token.refresh.RefreshTokenPersistence;
import io.micronaut.security.token.validator.RefreshTokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import ua.fakh.core.common.Ids;
import ua.fakh.core.security.TokenClaims;
import ua.fakh.core.users.UserAccessRevoked;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.Users;

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
 * Refresh tokens are 256 random bits, stored only as SHA-256 hashes, valid 30 days, and used once:
 * a refresh replaces the token with a new one of the same family (the tokens descending from one
 * login). Presenting a replaced token again means a copy is in someone else's hands, so the whole
 * family is revoked. Logout revokes one token; a user's revoked access (disabled, signed out,
 * password changed) revokes all of theirs. A refresh builds the token from the user's current
 * roles and session version.
 *
 * <p>Each step is one conditional statement, so two requests racing with one token cannot both win.
 */
@Singleton
class RefreshTokens implements RefreshTokenGenerator, RefreshTokenValidator, RefreshTokenPersistence,
        ApplicationEventListener<UserAccessRevoked> {
    static final Duration LIFETIME = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenRepository rows;
    private final Users users;
    private final UserAuthentications authentications;
    private final Clock clock;

    RefreshTokens(RefreshTokenRepository rows, Users users, UserAuthentications authentications, Clock clock) {
        this.rows = rows;
        this.users = users;
        this.authentications = authentications;
        this.clock = clock;
    }

    @Override
    public @NonNull String createKey(@NonNull Authentication authentication) {
        return newKey();
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public @NonNull Optional<String> generate(@NonNull Authentication authentication, @NonNull String token) {
        return Optional.of(token);
    }

    @Override
    public @NonNull Optional<String> validate(@NonNull String refreshToken) {
        return refreshToken.matches("[A-Za-z0-9_-]{43}") ? Optional.of(refreshToken) : Optional.empty();
    }

    /** A login's first refresh token starts a new family. */
    @Override
    public void persistToken(RefreshTokenGeneratedEvent event) {
        Object uid = event.getAuthentication().getAttributes().get(TokenClaims.USER_ID);
        UUID id = Ids.newId();
        save(id, event.getRefreshToken(), UUID.fromString(uid.toString()), id);
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Mono.fromCallable(() -> redeem(refreshToken)).subscribeOn(Schedulers.boundedElastic());
    }

    /** Uses the token up and answers who it belongs to; a second use revokes its family. */
    Authentication redeem(String refreshToken) {
        String hash = hash(refreshToken);
        RefreshTokenRow row = rows.findByTokenHash(hash).orElseThrow(RefreshTokens::invalidGrant);
        Instant now = clock.instant();
        if (row.replacedAt() != null) {
            rows.revokeFamily(row.familyId(), now);
            throw invalidGrant();
        }
        if (row.revokedAt() != null || !row.expiresAt().isAfter(now)) {
            throw invalidGrant();
        }
        if (rows.markReplaced(hash, now) == 0) {
            rows.revokeFamily(row.familyId(), now);
            throw invalidGrant();
        }
        return users.find(row.userId())
                .filter(u -> u.status() == UserStatus.ACTIVE)
                .map(authentications::of)
                .orElseThrow(RefreshTokens::invalidGrant);
    }

    /** The token that takes the place of {@code usedToken} (just redeemed), in the same family. */
    String successorOf(String usedToken) {
        RefreshTokenRow used = rows.findByTokenHash(hash(usedToken)).orElseThrow(RefreshTokens::invalidGrant);
        String successor = newKey();
        save(Ids.newId(), successor, used.userId(), used.familyId());
        return successor;
    }

    boolean revoke(String refreshToken) {
        return rows.revokeByHash(hash(refreshToken), clock.instant()) > 0;
    }

    @Override
    public void onApplicationEvent(UserAccessRevoked event) {
        rows.revokeAllOf(event.userId(), clock.instant());
    }

    private void save(UUID id, String token, UUID userId, UUID familyId) {
        Instant now = clock.instant();
        rows.save(new RefreshTokenRow(id, hash(token), userId, now, now.plus(LIFETIME), null, familyId, null));
    }

    private static OauthErrorResponseException invalidGrant() {
        return new OauthErrorResponseException(IssuingAnAccessTokenErrorCode.INVALID_GRANT,
                "refresh token revoked, expired or unknown", null);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
