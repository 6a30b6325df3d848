package ua.fakh.web.page;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.organizations.OrganizationView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What every page template needs besides its own model: the language and its strings, the CSRF
 * token for forms, where we are (for the language switch and the navigation) and who is signed in
 * (name and roles as the database holds them now: core loads the caller once when it checks the
 * request's token). Built from the request alone, so error pages can have it without another query.
 * {@code userId} is the signed-in person's id, for the offline scripts that keep things per person.
 */
public record PageContext(Locale locale, Messages messages, String csrfToken, String path, String pathAndQuery,
                          @Nullable String email, Set<String> roles, Assets assets, @Nullable String userId) {

    /** The UI string {@code key} in this page's language. */
    public String t(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** An organization's name in this page's language: the English one when there is one and the page is English. */
    public String name(OrganizationView org) {
        return lang().equals("en") && org.nameEn() != null ? org.nameEn() : org.name();
    }

    /** The same page for nobody in particular: no name, no roles, no form token (a copy a device may keep). */
    public PageContext anonymous() {
        return new PageContext(locale, messages, "", path, pathAndQuery, null, Set.of(), assets, null);
    }

    public boolean signedIn() {
        return email != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has("ADMIN");
    }

    /** For {@code aria-current}: whether the navigation entry {@code prefix} is the page shown. */
    public boolean at(String prefix) {
        return prefix.equals("/") ? path.equals("/") : path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** This page's address, URL-encoded, for {@code ?next=} links that must bring the person back here. */
    public String here() {
        return encode(pathAndQuery);
    }

    /** Query-parameter encoding that leaves {@code /} readable ({@code ?next=/profile}), which a query may hold as it is. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
