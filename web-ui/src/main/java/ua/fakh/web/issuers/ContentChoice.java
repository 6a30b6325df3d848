package ua.fakh.web.issuers;

import io.micronaut.http.MediaType;

import java.util.Collection;

/**
 * Picks HTML or JSON-LD from a request's {@code Accept}: HTML only when the client rates {@code text/html} (or
 * XHTML) above every JSON type it accepts, counting {@code *}{@code /*} as JSON. So a browser
 * ({@code text/html,...,*}{@code /*;q=0.8}) gets the page and a program that says nothing, {@code *}{@code /*},
 * {@code application/ld+json} or {@code application/json} gets the Profile.
 */
final class ContentChoice {
    private ContentChoice() {
    }

    static boolean prefersHtml(Collection<MediaType> accepted) {
        double html = 0;
        double json = accepted.isEmpty() ? 1 : 0;
        for (MediaType type : accepted) {
            double quality = type.getQualityAsNumber().doubleValue();
            String name = type.getName();
            if (name.equals(MediaType.TEXT_HTML) || name.equals("application/xhtml+xml")) {
                html = Math.max(html, quality);
            } else if (name.equals("application/ld+json") || name.equals(MediaType.APPLICATION_JSON)
                    || name.equals("*/*") || name.equals("application/*")) {
                json = Math.max(json, quality);
            }
        }
        return html > json;
    }
}
