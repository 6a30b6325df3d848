package ua.fakh.web.csrf;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import ua.fakh.core.config.FakhSettings;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a request's {@code Origin} header, when a browser sent one, names this site: the host the
 * request was sent to, or the installation's public address ({@code FAKH_PUBLIC_URL}, which is what a
 * browser behind a TLS-terminating proxy shows). {@code X-Forwarded-Host} is not read: anyone can send it.
 */
@Singleton
final class SameOrigin {
    private final Optional<String> publicAuthority;

    SameOrigin(FakhSettings settings) {
        this.publicAuthority = authorityOf(settings.publicUrl());
    }

    boolean allows(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true; // older browsers and non-browser clients send none; the token still decides
        }
        Optional<String> claimed = authorityOf(origin);
        if (claimed.isEmpty()) {
            return false; // "null" (sandboxed frames, privacy redirects) is never us
        }
        if (claimed.equals(publicAuthority)) {
            return true;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        String scheme = URI.create(origin.strip()).getScheme();
        return host != null && claimed.get().equals(withoutDefaultPort(host.strip().toLowerCase(Locale.ROOT), scheme));
    }

    private static Optional<String> authorityOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return Optional.of(uri.getPort() < 0 ? host : withoutDefaultPort(host + ":" + uri.getPort(), uri.getScheme()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static String withoutDefaultPort(String hostAndPort, String scheme) {
        String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return hostAndPort.endsWith(defaultPort) ? hostAndPort.substring(0, hostAndPort.length() - defaultPort.length()) : hostAndPort;
    }
}
