package ua.fakh.web.pwa;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.Assets;
import ua.fakh.web.page.PageContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code /manifest.webmanifest}: Fakh as an app a phone can install, named in the reader's language.
 * Revalidated on every read ({@code no-cache}) and varying with the language's sources, since the
 * same address answers in Ukrainian or English.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ManifestController {
    static final String MANIFEST = "application/manifest+json";
    /** The app's identity for the phone: stays the same when the start address or the names change. */
    static final String APP_ID = "/";
    static final String START_URL = "/?source=app";
    static final String THEME_COLOR = "#0b5cad";
    static final String BACKGROUND_COLOR = "#f6f7f9";

    private final Assets assets;
    private final ObjectMapper json;

    ManifestController(Assets assets, ObjectMapper json) {
        this.assets = assets;
        this.json = json;
    }

    @Get("/manifest.webmanifest")
    @Produces(MANIFEST)
    HttpResponse<String> manifest(PageContext page) {
        WebAppManifest manifest = new WebAppManifest(APP_ID, page.t("pwa.name"), page.t("pwa.shortName"),
                page.t("pwa.description"), page.lang(), "ltr", START_URL, "/", "standalone", THEME_COLOR, BACKGROUND_COLOR,
                List.of(icon("icons/fakh-192.png", 192, "any"), icon("icons/fakh-512.png", 512, "any"),
                        icon("icons/fakh-maskable-512.png", 512, "maskable")));
        try {
            return HttpResponse.ok(json.writeValueAsString(manifest))
                    .contentType(MANIFEST + ";charset=utf-8")
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .header(HttpHeaders.VARY, "Cookie, Accept-Language");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebAppManifest.Icon icon(String file, int size, String purpose) {
        return new WebAppManifest.Icon(assets.url(file), size + "x" + size, "image/png", purpose);
    }
}
