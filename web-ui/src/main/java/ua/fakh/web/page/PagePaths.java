package ua.fakh.web.page;

import java.util.List;

/**
 * Which paths are pages (served to a browser, authenticated by the session cookie, protected by
 * CSRF tokens) and which belong to the API or the infrastructure (bearer tokens, JSON problems).
 */
public final class PagePaths {
    private static final List<String> NOT_PAGES = List.of(
            "/api/", "/login", "/logout", "/oauth/", "/health", "/swagger", "/.well-known", "/static/", "/webjars/");

    private PagePaths() {
    }

    public static boolean isPage(String path) {
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    /**
     * {@code next} when it is a path on this site, else {@code /}: a sign-in link must never send
     * someone to another site ({@code //evil.example}, {@code /\evil.example}, {@code https://…}).
     */
    public static String localOrHome(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            return "/";
        }
        return next;
    }
}
