package ua.fakh.core.auth.internal;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;

/**
 * Micronaut's {@code POST /oauth/access_token} hands the refresh token back unchanged; here every
 * refresh answers with a new one (the used one was already spent by {@link RefreshTokens#redeem}).
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
class RotatingRefreshLoginHandler extends AccessRefreshTokenLoginHandler {
    private final RefreshTokens refreshTokens;

    RotatingRefreshLoginHandler(AccessRefreshTokenGenerator accessRefreshTokenGenerator, RefreshTokens refreshTokens) {
        super(accessRefreshTokenGenerator);
        this.refreshTokens = refreshTokens;
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String usedRefreshToken, HttpRequest<?> request) {
        String successor = refreshTokens.successorOf(usedRefreshToken);
        return accessRefreshTokenGenerator.generate(successor, authentication)
                .<MutableHttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::serverError);
    }
}
