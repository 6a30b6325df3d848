package ua.fakh.core.i18n;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ua.fakh.core.security.TokenClaims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language to answer in: the language switch's cookie, else the logged-in user's locale, else
 * the browser's {@code Accept-Language}, else Ukrainian. Only {@code uk} and {@code en} exist.
 */
@Singleton
public class LocaleChoice {
    public static final String COOKIE = "fakh_lang";
    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    public static final List<Locale> SUPPORTED = List.of(UKRAINIAN, Locale.ENGLISH);

    public Locale of(HttpRequest<?> request) {
        Optional<Locale> fromCookie = request.getCookies().findCookie(COOKIE).flatMap(c -> supported(c.getValue()));
        if (fromCookie.isPresent()) {
            return fromCookie.get();
        }
        Optional<Locale> fromUser = request.getUserPrincipal(Authentication.class)
                .map(a -> a.getAttributes().get(TokenClaims.LOCALE)).flatMap(l -> supported(l.toString()));
        if (fromUser.isPresent()) {
            return fromUser.get();
        }
        String header = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                // a broken header counts as none
            }
        }
        return UKRAINIAN;
    }

    public static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String language = tag.strip().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
