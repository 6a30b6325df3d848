package ua.fakh.core.auth.internal;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.auth.Sessions;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.PasswordChange;
import ua.fakh.core.users.Users;

/**
 * {@code POST /api/me/password}: the new password ends every session of the user, here and on
 * other devices; the answer carries new tokens (as {@code POST /login} does) so this client stays signed in.
 */
@ApiProblems.SignedIn
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordChangeController {
    private final Users users;
    private final Sessions sessions;
    private final AccessRefreshTokenGenerator tokens;

    PasswordChangeController(Users users, Sessions sessions, AccessRefreshTokenGenerator tokens) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Operation(summary = "Changes the caller's password.")
    @Post("/api/me/password")
    BearerAccessRefreshToken change(@Body PasswordChange body, Caller caller) {
        users.changePassword(caller, body);
        Authentication renewed = sessions.renewed(caller);
        AccessRefreshToken issued = tokens.generate(renewed).orElseThrow();
        return new BearerAccessRefreshToken(renewed.getName(), renewed.getRoles(), issued.getExpiresIn(),
                issued.getAccessToken(), issued.getRefreshToken(), "Bearer");
    }
}
