package ua.fakh.web.page;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of every page: scripts, styles, images, fonts and media only from this
 * site (no inline script, no inline style, no {@code eval}), no plugins, no frames in or out, forms
 * only to this site; the service worker and the app's manifest from this site too (said, not left to
 * {@code default-src}, so a later change there cannot take the installable app away). A lesson that plays a recording from elsewhere widens {@code media-src} by
 * exactly that recording's origin, and one that embeds a video site's player opens {@code frame-src}
 * to exactly that player's origin, on that lesson's page only.
 */
public final class ContentSecurityPolicy {
    public static final String HEADER = "Content-Security-Policy";
    /** {@code https://host[:port]}: nothing that could end a directive or add a keyword. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private ContentSecurityPolicy() {
    }

    public static String standard() {
        return withMedia(java.util.List.of());
    }

    /** The standard policy with {@code media-src} widened by {@code origins} (those that are not plain origins are dropped). */
    public static String withMedia(Collection<String> origins) {
        return withMedia(origins, java.util.List.of());
    }

    /**
     * The standard policy with {@code media-src} widened by {@code mediaOrigins} and {@code frame-src}
     * opened to exactly {@code frameOrigins} (an embedded video player); not plain origins are dropped.
     */
    public static String withMedia(Collection<String> mediaOrigins, Collection<String> frameOrigins) {
        String frames = origins(frameOrigins);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; media-src 'self'" + origins(mediaOrigins) + "; frame-src "
                + (frames.isEmpty() ? "'none'" : frames.strip()) + "; frame-ancestors 'none'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    private static String origins(Collection<String> origins) {
        return origins.stream().filter(o -> ORIGIN.matcher(o).matches()).distinct().sorted()
                .map(o -> " " + o).collect(Collectors.joining());
    }
}
