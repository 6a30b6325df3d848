package ua.fakh.web.csrf;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.net.URI;
import java.util.Locale;

/** Whether a request's {@code Origin} header, when a browser sent one, names this site. */
final class SameOrigin {
    private SameOrigin() {
    }

    static boolean allows(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true; // older browsers and non-browser clients send none; the token still decides
        }
        String host = request.getHeaders().get("X-Forwarded-Host");
        if (host == null) {
            host = request.getHeaders().get(HttpHeaders.HOST);
        }
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false; // "null" (sandboxed frames, privacy redirects) is never us
            }
            return authority(uri).equals(withoutDefaultPort(host.strip().toLowerCase(Locale.ROOT), uri.getScheme()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String authority(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() < 0 ? host : withoutDefaultPort(host + ":" + uri.getPort(), uri.getScheme());
    }

    private static String withoutDefaultPort(String hostAndPort, String scheme) {
        String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return hostAndPort.endsWith(defaultPort) ? hostAndPort.substring(0, hostAndPort.length() - defaultPort.length()) : hostAndPort;
    }
}
