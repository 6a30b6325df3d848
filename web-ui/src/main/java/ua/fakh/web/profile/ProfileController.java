package ua.fakh.web.profile;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.TooManyRequestsException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.PasswordChange;
import ua.fakh.core.users.ProfileChange;
import ua.fakh.core.users.ProfileFacts;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.browser.HttpsRequests;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;
import ua.fakh.web.session.RenewedSessions;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/** {@code /profile}: one's own name, language and password, and position and experience when the installation asks. */
@Hidden
@Controller("/profile")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProfileController {
    private static final Set<String> SAVED = Set.of("profile", "password", "facts");

    private final Users users;
    private final RenewedSessions renewedSessions;
    private final HttpsRequests https;
    private final ProfileFacts profileFacts;

    ProfileController(Users users, RenewedSessions renewedSessions, HttpsRequests https, ProfileFacts profileFacts) {
        this.users = users;
        this.renewedSessions = renewedSessions;
        this.https = https;
        this.profileFacts = profileFacts;
    }

    @Get
    HttpResponse<?> show(PageContext page, Caller caller, @Nullable @QueryValue String saved) {
        UserView me = users.get(caller.userId(), caller);
        return HttpResponse.ok(Views.view("profile", page, new ProfileModel(me.email(), me.fullName(), me.locale(),
                saved != null && SAVED.contains(saved) ? saved : null, Map.of(), facts(caller))));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body ProfileForm form, PageContext page, Caller caller, HttpRequest<?> request) {
        String fullName = form.fullName() == null ? "" : form.fullName().strip();
        UserView me;
        try {
            me = users.updateProfile(caller, new ProfileChange(fullName, form.locale()));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            UserView current = users.get(caller.userId(), caller);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("profile", page, new ProfileModel(
                    current.email(), fullName, current.locale(), null, FormErrors.of(refused, page), facts(caller))));
        }
        // the session token still carries the old language: the cookie makes the new one show at once
        return HttpResponse.seeOther(URI.create("/profile?saved=profile")).cookie(LanguageCookie.of(me.locale(), request, https));
    }

    @Post("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changePassword(@Body PasswordForm form, PageContext page, Caller caller, HttpRequest<?> request) {
        try {
            // every field is checked together: a mismatch is reported with the other mistakes, in one answer
            users.changePassword(caller, new PasswordChange(nullToEmpty(form.currentPassword()), form.newPassword(),
                    nullToEmpty(form.repeatPassword())));
        } catch (TooManyRequestsException tooMany) {
            UserView me = users.get(caller.userId(), caller);
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()))
                    .body(Views.view("profile", page, new ProfileModel(me.email(), me.fullName(), me.locale(), null,
                            Map.of("currentPassword", page.t("profile.tooManyPasswords", minutes(tooMany))), facts(caller))));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            UserView me = users.get(caller.userId(), caller);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("profile", page, new ProfileModel(
                    me.email(), me.fullName(), me.locale(), null, FormErrors.specific(refused, page), facts(caller))));
        }
        // the change ended every session of the person, this one too: this browser gets a new one
        return HttpResponse.seeOther(URI.create("/profile?saved=password")).cookie(renewedSessions.cookieFor(caller, request));
    }

    /** One's position and years of experience, when the installation asks for them (422 otherwise). */
    @Post("/facts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveFacts(@Body ProfileFactsFields form, PageContext page, Caller caller) {
        try {
            profileFacts.set(caller.userId(), form.facts(), caller);
            return HttpResponse.seeOther(URI.create("/profile?saved=facts"));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            UserView me = users.get(caller.userId(), caller);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("profile", page, new ProfileModel(
                    me.email(), me.fullName(), me.locale(), null, ProfileFactsErrors.of(refused, form, page), form)));
        }
    }

    private @Nullable ProfileFactsFields facts(Caller caller) {
        return profileFacts.enabled() ? ProfileFactsFields.of(profileFacts.get(caller.userId(), caller)) : null;
    }

    /** Whole minutes to wait, at least one: a form says "in 3 min", not "in 161 s". */
    private static long minutes(TooManyRequestsException tooMany) {
        return Math.max(1, (tooMany.retryAfterSeconds() + 59) / 60);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
