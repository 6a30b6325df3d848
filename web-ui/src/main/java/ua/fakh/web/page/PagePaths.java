package ua.fakh.web.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Which paths are pages (served to a browser, authenticated by the session cookie, protected by
 * CSRF tokens) and which belong to the API or the infrastructure (bearer tokens, JSON problems,
 * static files).
 */
public final class PagePaths {
    /** Every path but the API's and the infrastructure's; also the pattern of the page filters. */
    public static final String PAGE_REGEX =
            "/(?!api/|pki/|login|logout|oauth/|health|swagger|\\.well-known|static/|webjars/|assets/|favicon\\.ico).*";
    private static final Pattern PAGE = Pattern.compile(PAGE_REGEX);

    private PagePaths() {
    }

    public static boolean isPage(String path) {
        return path != null && PAGE.matcher(path).matches();
    }

    /**
     * {@code next} when it is a path on this site, else {@code /}: a sign-in link must never send
     * someone to another site ({@code //evil.example}, {@code /\evil.example}, {@code https://…}),
     * and a redirect must have a valid address ({@code /x y} is not one: a space must be encoded).
     */
    public static String localOrHome(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.chars().anyMatch(c -> c < 0x20 || c == '\\') || !isValidAddress(next)) {
            return "/";
        }
        return next;
    }

    private static boolean isValidAddress(String path) {
        try {
            new URI(path);
            return true;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }
}
