package ua.fakh.web.certificates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;
import ua.fakh.certificates.issuing.ProviderCertificateSettings;
import ua.fakh.certificates.issuing.ProviderSettingsChange;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.UnprocessableException;
import ua.fakh.core.security.Caller;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /admin/providers/{id}/certificates}: who signs the provider's certificates (Ukrainian and
 * English), how they are numbered and coloured, the logo, and an imported PKCS#12 signing key.
 * File forms carry the CSRF token in their address (the filter does not read multipart bodies).
 */
@Hidden
@Controller("/admin/providers/{id}/certificates")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProviderSettingsPageController {
    private static final Set<String> NOTICES = Set.of("saved", "logo", "logoRemoved", "key", "keyRevoked");

    private final ProviderCertificateSettings settings;

    ProviderSettingsPageController(ProviderCertificateSettings settings) {
        this.settings = settings;
    }

    @Get
    HttpResponse<?> page(UUID id, PageContext ctx, Caller caller, @Nullable @QueryValue String notice) {
        var saved = settings.get(id, caller);
        return HttpResponse.ok(Views.view("certificates/provider", ctx, new ProviderSettingsModel(saved,
                ProviderSettingsModel.formOf(saved), Map.of(), notice != null && NOTICES.contains(notice) ? notice : null, null)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(UUID id, @Body ProviderSettingsChange form, PageContext ctx, Caller caller) {
        try {
            settings.update(id, form, caller);
            return back(id, "saved");
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("certificates/provider", ctx,
                    new ProviderSettingsModel(settings.get(id, caller), form, FormErrors.of(refused, ctx), null, null)));
        }
    }

    @Post("/logo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> logo(UUID id, @Body MultipartBody body, PageContext ctx, Caller caller) {
        try {
            Map<String, byte[]> parts = parts(body);
            settings.uploadLogo(id, parts.getOrDefault("logo", new byte[0]), caller);
            return back(id, "logo");
        } catch (UnprocessableException refused) {
            return refusedUpload(id, ctx, caller, ctx.t("certificates.provider.logoRefused", refused.getMessage()));
        }
    }

    @Post("/logo/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeLogo(UUID id, Caller caller) {
        settings.removeLogo(id, caller);
        return back(id, "logoRemoved");
    }

    @Post("/signing-key")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> signingKey(UUID id, @Body MultipartBody body, PageContext ctx, Caller caller) {
        try {
            Map<String, byte[]> parts = parts(body);
            char[] password = new String(parts.getOrDefault("password", new byte[0]), StandardCharsets.UTF_8).toCharArray();
            settings.importSigningKey(id, parts.getOrDefault("pkcs12", new byte[0]), password, caller);
            return back(id, "key");
        } catch (UnprocessableException refused) {
            return refusedUpload(id, ctx, caller, ctx.t("certificates.provider.keyRefused", refused.getMessage()));
        }
    }

    /** Revokes the provider's signing key (audited): it goes on the CA's CRL and the next certificate gets a new key. */
    @Post("/signing-key/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revokeSigningKey(UUID id, Caller caller) {
        settings.revokeSigningKey(id, caller);
        return back(id, "keyRevoked");
    }

    private HttpResponse<?> refusedUpload(UUID id, PageContext ctx, Caller caller, String message) {
        var saved = settings.get(id, caller);
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Views.view("certificates/provider", ctx,
                new ProviderSettingsModel(saved, ProviderSettingsModel.formOf(saved), Map.of(), null, message)));
    }

    /** Files are small here (a logo, a key file): a part past the larger of their limits is refused unread. */
    private static Map<String, byte[]> parts(MultipartBody body) {
        int limit = Math.max(ProviderCertificateSettings.MAX_LOGO_BYTES, ProviderCertificateSettings.MAX_PKCS12_BYTES);
        Map<String, byte[]> parts = new HashMap<>();
        List<CompletedPart> completed = Flux.from(body).collectList().block();
        for (CompletedPart part : completed == null ? List.<CompletedPart>of() : completed) {
            try (var in = part.getInputStream()) {
                parts.put(part.getName(), SizeLimitedInputStream.readAtMost(in, limit,
                        () -> new UnprocessableException("problem.upload.atMostKb", limit / 1024)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parts;
    }

    private static HttpResponse<?> back(UUID id, String notice) {
        return HttpResponse.seeOther(URI.create("/admin/providers/" + id + "/certificates?notice=" + notice));
    }
}
