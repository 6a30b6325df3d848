package ua.fakh.web.page;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.security.TokenClaims;
import ua.fakh.web.browser.CsrfTokens;

import java.util.Optional;
import java.util.Set;

/** Builds the {@link PageContext} of a request. */
@Singleton
public class PageContexts {
    private final LocaleChoice locales;
    private final Messages messages;
    private final CsrfTokens csrf;
    private final Assets assets;

    PageContexts(LocaleChoice locales, Messages messages, CsrfTokens csrf, Assets assets) {
        this.locales = locales;
        this.messages = messages;
        this.csrf = csrf;
        this.assets = assets;
    }

    public PageContext of(HttpRequest<?> request) {
        Optional<Authentication> user = request.getUserPrincipal(Authentication.class);
        return new PageContext(locales.of(request), messages, csrf.tokenFor(request), request.getPath(),
                RequestFacts.pathAndQuery(request), user.map(Authentication::getName).orElse(null),
                user.map(a -> Set.copyOf(a.getRoles())).orElse(Set.of()), assets,
                user.map(a -> a.getAttributes().get(TokenClaims.USER_ID)).map(Object::toString).orElse(null));
    }
}
