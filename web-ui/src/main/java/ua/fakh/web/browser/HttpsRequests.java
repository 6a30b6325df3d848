package ua.fakh.web.browser;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import ua.fakh.core.config.FakhSettings;

import java.util.Locale;

/**
 * The one place that decides whether a request reached us over HTTPS, and so whether cookies are
 * {@code Secure} with the {@code __Host-} prefix and pages send HSTS. HTTPS means: the connection
 * itself is TLS, or the installation's public address ({@code FAKH_PUBLIC_URL}) is {@code https://}
 * (a TLS-terminating proxy in front). {@code X-Forwarded-Proto} is not believed here: anyone can send
 * it; once trusted proxies are configured ({@code FAKH_TRUSTED_PROXIES}), their word belongs here too.
 */
@Singleton
public class HttpsRequests {
    /** Browsers accept a cookie with this prefix only when Secure, for path {@code /} and without a Domain. */
    static final String HOST_PREFIX = "__Host-";

    private final boolean publicUrlIsHttps;

    HttpsRequests(FakhSettings settings) {
        this.publicUrlIsHttps = settings.publicUrl() != null
                && settings.publicUrl().strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }

    public boolean isHttps(HttpRequest<?> request) {
        return publicUrlIsHttps || request.isSecure();
    }

    /**
     * The name a site-wide cookie has for this request: {@code __Host-<name>} over HTTPS, so that no
     * subdomain and no plain-HTTP page can plant or overwrite it; the plain name otherwise.
     */
    public String cookieName(String name, HttpRequest<?> request) {
        return isHttps(request) ? HOST_PREFIX + name : name;
    }
}
