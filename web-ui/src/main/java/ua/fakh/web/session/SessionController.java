package ua.fakh.web.session;

import ua.fakh.web.browser.SessionCookies;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.auth.Logins;
import ua.fakh.core.auth.SessionCookie;
import ua.fakh.core.auth.Sessions;
import ua.fakh.core.errors.AccountDisabledException;
import ua.fakh.core.errors.TooManyRequestsException;
import ua.fakh.core.errors.UnauthorizedException;
import ua.fakh.core.security.Caller;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.PagePaths;
import ua.fakh.web.page.Views;

import java.net.URI;

/** Signing in and out of the pages: the same login as the API's, kept in the session cookie. */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {
    private final Logins logins;
    private final TokenGenerator tokens;
    private final HttpClientAddressResolver addresses;
    private final Sessions sessions;
    private final SessionCookies cookies;

    SessionController(Logins logins, TokenGenerator tokens, HttpClientAddressResolver addresses, Sessions sessions,
                      SessionCookies cookies) {
        this.logins = logins;
        this.tokens = tokens;
        this.addresses = addresses;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Get("/signin")
    HttpResponse<?> form(PageContext page, @Nullable @QueryValue String next) {
        return HttpResponse.ok(Views.view("signin", page, new SignInModel("", PagePaths.localOrHome(next), null)));
    }

    @Post("/signin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request, PageContext page) {
        String next = PagePaths.localOrHome(form.next());
        String email = form.email() == null ? "" : form.email().strip();
        Authentication user;
        try {
            user = logins.authenticate(email, form.password(), addresses.resolve(request));
        } catch (UnauthorizedException wrong) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                    .body(Views.view("signin", page, new SignInModel(email, next, page.t("signin.wrong"))));
        } catch (AccountDisabledException disabled) {
            // said only after the right password: a wrong one gets "wrong e-mail or password" above
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(Views.view("signin", page, new SignInModel(email, next, page.t("signin.disabled"))));
        } catch (TooManyRequestsException locked) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(locked.retryAfterSeconds()))
                    .body(Views.view("signin", page, new SignInModel(email, next,
                            page.t("signin.locked", locked.retryAfterSeconds()))));
        }
        String jwt = tokens.generateToken(user, SessionCookie.LIFETIME_SECONDS)
                .orElseThrow(() -> new IllegalStateException("No token generator is configured"));
        return HttpResponse.seeOther(URI.create(next)).cookie(cookies.issued(jwt, request));
    }

    /** Ends every session of the person (this browser, other devices, API tokens), not just this cookie. */
    @Post("/signout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request, @Nullable Caller caller) {
        if (caller != null) {
            sessions.signOut(caller);
        }
        return HttpResponse.seeOther(URI.create("/")).cookie(cookies.cleared(request));
    }
}
