package ua.fakh.web.profile;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.PasswordChange;
import ua.fakh.core.users.Users;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.PagePaths;
import ua.fakh.web.page.Views;
import ua.fakh.web.session.RenewedSessions;

import java.net.URI;
import java.util.Map;

/**
 * {@code /password}: where someone who signed in with a one-time password (an administrator's,
 * an import's) sets their own before anything else; then on to the page they were going to.
 */
@Hidden
@Controller(SetPasswordController.PATH)
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SetPasswordController {
    static final String PATH = "/password";

    private final Users users;
    private final RenewedSessions renewedSessions;

    SetPasswordController(Users users, RenewedSessions renewedSessions) {
        this.users = users;
        this.renewedSessions = renewedSessions;
    }

    @Get
    HttpResponse<?> show(PageContext page, @Nullable @QueryValue String next) {
        return HttpResponse.ok(Views.view("password", page, new SetPasswordModel(PagePaths.localOrHome(next), Map.of())));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body SetPasswordForm form, PageContext page, Caller caller, HttpRequest<?> request) {
        String next = PagePaths.localOrHome(form.next());
        String current = form.currentPassword() == null ? "" : form.currentPassword();
        try {
            // every field is checked together: a mismatch is reported with the other mistakes, in one answer
            users.changePassword(caller, new PasswordChange(current, form.newPassword(),
                    form.repeatPassword() == null ? "" : form.repeatPassword()));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            return refused(page, next, FormErrors.specific(refused, page));
        }
        // the change ended every session of the person, this one too: this browser gets a new one
        return HttpResponse.seeOther(URI.create(next)).cookie(renewedSessions.cookieFor(caller, request));
    }

    private static HttpResponse<?> refused(PageContext page, String next, Map<String, String> errors) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("password", page, new SetPasswordModel(next, errors)));
    }
}
