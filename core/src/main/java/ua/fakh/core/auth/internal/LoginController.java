package ua.fakh.core.auth.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import ua.fakh.core.auth.Logins;
import ua.fakh.core.auth.SessionCookie;
import ua.fakh.core.auth.Sessions;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.security.Caller;

/**
 * {@code POST /login} and {@code POST /logout} of the API. Written here rather than taken from
 * Micronaut Security so that a lock answers 429 with {@code Retry-After} and every attempt is
 * audited with its address.
 */
@ApiProblems.Public
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {
    private final Logins logins;
    private final AccessRefreshTokenGenerator tokens;
    private final RefreshTokens refreshTokens;
    private final Sessions sessions;
    private final HttpClientAddressResolver addresses;

    LoginController(Logins logins, AccessRefreshTokenGenerator tokens, RefreshTokens refreshTokens, Sessions sessions,
                    HttpClientAddressResolver addresses) {
        this.logins = logins;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.addresses = addresses;
    }

    @Operation(summary = "Signs in with e-mail and password and returns access and refresh tokens.", security = {})
    @Post("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    LoginAnswer login(@Body @Valid LoginRequest body, HttpRequest<?> request) {
        Authentication authentication = logins.authenticate(body.username(), body.password(), addresses.resolve(request));
        AccessRefreshToken issued = tokens.generate(authentication).orElseThrow();
        return new LoginAnswer(authentication.getName(), authentication.getRoles(), issued.getExpiresIn(),
                issued.getAccessToken(), issued.getRefreshToken(), "Bearer");
    }

    /**
     * With a valid bearer token: signs its user out everywhere (every access token, cookie and
     * refresh token stops working). Revokes the given refresh token and clears the browser session
     * cookie; 204 either way.
     */
    @Operation(summary = "Signs out: with a bearer token everywhere; revokes the given refresh token.", security = {})
    @Post("/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Void> logout(@Nullable @Body LogoutRequest body, @Nullable Caller caller) {
        if (caller != null) {
            sessions.signOut(caller);
        }
        if (body != null && body.refreshToken() != null) {
            refreshTokens.revoke(body.refreshToken());
        }
        return HttpResponse.<Void>noContent().cookie(Cookie.of(SessionCookie.NAME, "").path("/").maxAge(0).httpOnly(true));
    }
}
