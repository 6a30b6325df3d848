package ua.fakh.web.language;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.security.Caller;
import ua.fakh.web.browser.HttpsRequests;
import ua.fakh.web.page.PagePaths;
import ua.fakh.web.profile.LanguageCookie;
import ua.fakh.web.profile.Profiles;

import java.net.URI;
import java.util.Locale;

/**
 * {@code /lang/uk} and {@code /lang/en}: the language switch. Remembered in a cookie for everyone and,
 * for someone signed in, in their profile too, so it follows them to another device.
 */
@Hidden
@Produces(MediaType.TEXT_HTML) // navigations from a browser: answer what it accepts
@Controller("/lang")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LanguageController {
    private final Profiles profiles;
    private final HttpsRequests https;

    LanguageController(Profiles profiles, HttpsRequests https) {
        this.profiles = profiles;
        this.https = https;
    }

    @Get("/{language}")
    HttpResponse<?> choose(@PathVariable String language, @Nullable @QueryValue String next,
                           @Nullable Caller caller, HttpRequest<?> request) {
        Locale locale = LocaleChoice.supported(language).filter(l -> l.getLanguage().equals(language))
                .orElseThrow(() -> new NotFoundException("problem.language.unknown"));
        if (caller != null) {
            profiles.saveLanguage(caller, locale.getLanguage());
        }
        return HttpResponse.seeOther(URI.create(PagePaths.localOrHome(next)))
                .cookie(LanguageCookie.of(locale.getLanguage(), request, https));
    }
}
