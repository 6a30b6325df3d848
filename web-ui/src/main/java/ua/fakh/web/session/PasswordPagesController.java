package ua.fakh.web.session;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.TooManyRequestsException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.NewPassword;
import ua.fakh.core.users.PasswordLink;
import ua.fakh.core.users.PasswordLinkGoneException;
import ua.fakh.core.users.PasswordLinks;
import ua.fakh.core.users.UserView;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;

/**
 * Getting in without a password: "forgot password?" ({@code /password/forgot}, always the same answer),
 * and the pages the e-mailed links open ({@code /password/set/<token>} for an invitation,
 * {@code /password/reset/<token>} for a reset), where the person chooses a password and is signed in.
 * A link that no longer works gets a page of its own (410) offering a new one.
 */
@Hidden
@Controller("/password")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordPagesController {
    private final PasswordLinks links;
    private final HttpClientAddressResolver addresses;
    private final RenewedSessions sessions;

    PasswordPagesController(PasswordLinks links, HttpClientAddressResolver addresses, RenewedSessions sessions) {
        this.links = links;
        this.addresses = addresses;
        this.sessions = sessions;
    }

    @Get("/forgot")
    HttpResponse<?> forgotForm(PageContext page) {
        return HttpResponse.ok(Views.view("password/forgot", page, new ForgotModel("", null)));
    }

    @Post("/forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> forgot(@Body ForgotForm form, PageContext page, HttpRequest<?> request) {
        String email = form.email() == null ? "" : form.email().strip();
        try {
            links.forgot(email, addresses.resolve(request));
        } catch (TooManyRequestsException tooMany) {
            long minutes = Math.max(1, (tooMany.retryAfterSeconds() + 59) / 60);
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()))
                    .body(Views.view("password/forgot", page, new ForgotModel(email, page.t("forgot.tooMany", minutes))));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(Views.view("password/forgot", page, new ForgotModel(email, page.t("invalid.email"))));
        }
        // the same page whether or not the address is an account's
        return HttpResponse.ok(Views.view("password/sent", page, new ForgotModel(email, null)));
    }

    @Get("/set/{token}")
    HttpResponse<?> invitation(@PathVariable String token, PageContext page) {
        return chooseForm("/password/set/", token, page);
    }

    @Get("/reset/{token}")
    HttpResponse<?> reset(@PathVariable String token, PageContext page) {
        return chooseForm("/password/reset/", token, page);
    }

    @Post("/set/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> acceptInvitation(@PathVariable String token, @Body ChoosePasswordForm form, PageContext page,
                                     HttpRequest<?> request) {
        return choose("/password/set/", token, form, page, request);
    }

    @Post("/reset/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetPassword(@PathVariable String token, @Body ChoosePasswordForm form, PageContext page,
                                  HttpRequest<?> request) {
        return choose("/password/reset/", token, form, page, request);
    }

    private HttpResponse<?> chooseForm(String path, String token, PageContext page) {
        try {
            PasswordLink link = links.check(token);
            return HttpResponse.ok(Views.view("password/choose", page, new ChoosePasswordModel(path + token, link, Map.of())));
        } catch (PasswordLinkGoneException gone) {
            return gone(page);
        }
    }

    private HttpResponse<?> choose(String path, String token, ChoosePasswordForm form, PageContext page, HttpRequest<?> request) {
        UserView person;
        try {
            person = links.choosePassword(new NewPassword(token, form.password() == null ? "" : form.password(),
                    form.repeatPassword() == null ? "" : form.repeatPassword()));
        } catch (PasswordLinkGoneException gone) {
            return gone(page);
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            PasswordLink link = links.check(token);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("password/choose", page,
                    new ChoosePasswordModel(path + token, link, FormErrors.specific(refused, page))));
        }
        // choosing the password ended every session of the person: this browser starts a new one
        Caller self = new Caller(person.id(), person.email(), person.roles(), person.organizationId(), addresses.resolve(request));
        return HttpResponse.seeOther(URI.create("/")).cookie(sessions.cookieFor(self, request));
    }

    private static HttpResponse<?> gone(PageContext page) {
        return HttpResponse.status(HttpStatus.GONE).body(Views.view("password/gone", page));
    }
}
