package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.certificates.issuing.ProviderCertificateSettings;
import ua.fakh.certificates.issuing.ProviderSettingsChange;
import ua.fakh.certificates.issuing.ProviderSettingsView;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.UnprocessableException;
import ua.fakh.core.security.Caller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** An administrator sets how a provider's certificates are signed, numbered and drawn. */
@ApiProblems.SignedIn
@Controller("/api/providers/{id}/certificate-settings")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProviderSettingsController {
    private final ProviderCertificateSettings settings;

    ProviderSettingsController(ProviderCertificateSettings settings) {
        this.settings = settings;
    }

    @Operation(summary = "A provider's certificate settings.")
    @Get
    ProviderSettingsView get(UUID id, Caller caller) {
        return settings.get(id, caller);
    }

    @Operation(summary = "Changes a provider's certificate settings.")
    @Put
    ProviderSettingsView update(UUID id, @Body ProviderSettingsChange change, Caller caller) {
        return settings.update(id, change, caller);
    }

    /** Multipart part {@code file}: a PNG or JPEG. */
    @Operation(summary = "Uploads the logo printed on a provider's certificates.")
    @ApiProblems.Upload
    @Put(value = "/logo", consumes = MediaType.MULTIPART_FORM_DATA)
    ProviderSettingsView logo(UUID id, @Part("file") @Nullable CompletedFileUpload file, Caller caller) {
        return settings.uploadLogo(id, bytes(file, ProviderCertificateSettings.MAX_LOGO_BYTES), caller);
    }

    @Operation(summary = "Removes a provider's certificate logo.")
    @Delete("/logo")
    ProviderSettingsView removeLogo(UUID id, Caller caller) {
        return settings.removeLogo(id, caller);
    }

    /** Multipart parts {@code file} (a .p12/.pfx) and {@code password}. */
    @Operation(summary = "Uploads a provider's signing key (PKCS#12 file and password).")
    @ApiProblems.Upload
    @ApiProblems.Unprocessable
    @Post("/signing-key")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    ProviderSettingsView signingKey(UUID id, @Part("file") @Nullable CompletedFileUpload file,
                                    @Part("password") @Nullable String password, Caller caller) {
        return settings.importSigningKey(id, bytes(file, ProviderCertificateSettings.MAX_PKCS12_BYTES),
                (password == null ? "" : password).toCharArray(), caller);
    }

    /**
     * Revokes the provider's current signing key: it appears on {@code /pki/ca.crl}, OCSP says revoked, and the
     * next certificate is signed with a new key.
     */
    @Operation(summary = "Revoke the provider's signing key (administrators).")
    @Post("/signing-key/revocation")
    ProviderSettingsView revokeSigningKey(UUID id, Caller caller) {
        return settings.revokeSigningKey(id, caller);
    }

    /** An oversized file is refused by its declared size before its bytes are copied. */
    static byte[] bytes(@Nullable CompletedFileUpload file, int limit) {
        if (file == null) {
            throw new UnprocessableException("problem.upload.noFile");
        }
        if (file.getSize() > limit) {
            throw new UnprocessableException("problem.upload.atMostKb", limit / 1024);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
