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
import io.micronaut.transaction.annotation.Transactional;
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
 * Refresh tokens are 256 random bits, stored only as SHA-256 hashes, valid 30 days, revocable one
 * by one (logout) or all of a user's at once (disabled, password changed). A refresh builds the
 * token from the user's current roles, so role changes reach the next access token.
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

    @Override
    @Transactional
    public void persistToken(RefreshTokenGeneratedEvent event) {
        Object uid = event.getAuthentication().getAttributes().get(TokenClaims.USER_ID);
        Instant now = clock.instant();
        rows.save(new RefreshTokenRow(Ids.newId(), hash(event.getRefreshToken()), UUID.fromString(uid.toString()),
                now, now.plus(LIFETIME), null));
    }

    @Override
    public Publisher<Authentication> getAuthentication(String refreshToken) {
        return Mono.fromCallable(() -> lookUp(refreshToken)).subscribeOn(Schedulers.boundedElastic());
    }

    @Transactional(readOnly = true)
    public Authentication lookUp(String refreshToken) {
        RefreshTokenRow row = rows.findByTokenHash(hash(refreshToken))
                .filter(r -> r.revokedAt() == null && r.expiresAt().isAfter(clock.instant()))
                .orElseThrow(RefreshTokens::invalidGrant);
        return users.find(row.userId())
                .filter(u -> u.status() == UserStatus.ACTIVE)
                .map(authentications::of)
                .orElseThrow(RefreshTokens::invalidGrant);
    }

    @Transactional
    public boolean revoke(String refreshToken) {
        return rows.revokeByHash(hash(refreshToken), clock.instant()) > 0;
    }

    @Override
    public void onApplicationEvent(UserAccessRevoked event) {
        rows.revokeAllOf(event.userId(), clock.instant());
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
