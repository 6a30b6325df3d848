package ua.fakh.web.profile;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.web.browser.HttpsRequests;

import java.time.Duration;

/** The {@code fakh_lang} cookie that {@link LocaleChoice} reads first: a year, for the whole site. */
public final class LanguageCookie {
    private LanguageCookie() {
    }

    public static Cookie of(String language, HttpRequest<?> request, HttpsRequests https) {
        return Cookie.of(LocaleChoice.COOKIE, language).path("/").maxAge(Duration.ofDays(365))
                .httpOnly(true).sameSite(SameSite.Lax).secure(https.isHttps(request));
    }
}
