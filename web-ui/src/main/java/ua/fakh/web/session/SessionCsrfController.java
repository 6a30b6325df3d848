package ua.fakh.web.session;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Caller;
import ua.fakh.web.browser.CsrfTokens;

/**
 * {@code GET /session/csrf}: the session's CSRF token for work queued on this device (FakhOutbox,
 * outbox.js) and replayed later from a page that may be an old offline copy, or from the service
 * worker, which has no page to read the token from. It names the signed-in person too, so a shared
 * phone sends only that person's queued work. Readable by this site's scripts only: a browser
 * never lets another site read the answer.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class SessionCsrfController {
    private final CsrfTokens tokens;

    SessionCsrfController(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @Get("/session/csrf")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<SessionToken> token(HttpRequest<?> request, Caller caller) {
        return HttpResponse.ok(new SessionToken(tokens.tokenFor(request), String.valueOf(caller.userId())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The token to send as {@code X-CSRF-Token} or {@code _csrf}, and whose session it is. */
    @Serdeable
    record SessionToken(String token, String userId) {
    }
}
