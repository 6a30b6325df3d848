package ua.fakh.web.assets;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.Assets;

import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static files at their fingerprinted addresses ({@link Assets}), cached for a year and never
 * revalidated: a changed file has another address. An address whose hash is not the file's current
 * one (a page from before a deployment) still gets the file, cached for a minute only, as the old
 * {@code /static/} addresses are. And {@code /favicon.ico}, which browsers ask for on their own.
 */
@Hidden
@Controller
@Produces(MediaType.ALL)
@Secured(SecurityRule.IS_ANONYMOUS)
class AssetsController {
    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String BRIEFLY = "public, max-age=60";
    private static final Pattern FINGERPRINTED = Pattern.compile("(.+)\\.([0-9a-f]{10})(\\.[A-Za-z0-9]+)");

    private final Assets assets;

    AssetsController(Assets assets) {
        this.assets = assets;
    }

    @Get("/assets/{+path}")
    HttpResponse<StreamedFile> asset(String path) {
        Matcher m = FINGERPRINTED.matcher(path);
        if (!m.matches()) {
            return HttpResponse.notFound();
        }
        Optional<Assets.Fingerprinted> file = assets.find(m.group(1) + m.group(3));
        if (file.isEmpty()) {
            return HttpResponse.notFound();
        }
        return serve(file.get().resource(), file.get().hash().equals(m.group(2)) ? FOREVER : BRIEFLY);
    }

    @Get("/favicon.ico")
    HttpResponse<StreamedFile> favicon() {
        return serve("public/favicon.ico", "public, max-age=86400");
    }

    private static HttpResponse<StreamedFile> serve(String resource, String cacheControl) {
        InputStream in = AssetsController.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return HttpResponse.notFound();
        }
        MediaType type = MediaType.forFilename(resource);
        return HttpResponse.ok(new StreamedFile(in, type)).contentType(type).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}
