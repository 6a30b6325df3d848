package ua.fakh.certificates.issuing.internal;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.certificates.signing.BitstringStatusList;
import ua.fakh.certificates.signing.Jwks;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.errors.ApiProblems;

import java.time.Clock;
import java.time.Duration;
import java.util.BitSet;

/** What anyone verifying a credential needs: the signing keys and the revocation status list. */
@ApiProblems.Public
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicKeysController {
    private final SigningKeys keys;
    private final CertificateRepository certificates;
    private final FakhSettings settings;
    private final Clock clock;

    PublicKeysController(SigningKeys keys, CertificateRepository certificates, FakhSettings settings, Clock clock) {
        this.keys = keys;
        this.certificates = certificates;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(summary = "Public keys that verify the signed credentials (JWKS).", security = {})
    @ApiResponse(responseCode = "200", description = "A JWK Set (`keys`: the public keys).",
            content = @Content(mediaType = "application/jwk-set+json", schema = @Schema(type = "object")))
    @Get("/.well-known/jwks.json")
    HttpResponse<String> jwks() {
        java.util.List<ua.fakh.certificates.spi.SigningIdentity> published = new java.util.ArrayList<>(keys.published());
        published.add(keys.authority());
        return HttpResponse.ok(Jwks.json(published)).contentType(MediaType.of("application/jwk-set+json"))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
    }

    /** A BitstringStatusListCredential (VC-JWT) signed by the installation CA; a set bit means revoked. */
    @Operation(summary = "The revocation status list of credentials (VC-JWT).", security = {})
    @ApiResponse(responseCode = "200", description = "A BitstringStatusListCredential as a compact JWS (VC-JWT).",
            content = @Content(mediaType = "application/vc+jwt", schema = @Schema(type = "string")))
    @Get("/api/public/status-lists/revocation")
    @Transactional(readOnly = true)
    HttpResponse<String> revocationList() {
        BitSet revoked = new BitSet();
        certificates.revokedIndexes().forEach(i -> revoked.set(Math.toIntExact(i)));
        String publicUrl = settings.publicUrl().replaceAll("/+$", "");
        String jwt = BitstringStatusList.signedCredential(publicUrl + "/api/public/status-lists/revocation", publicUrl,
                revoked, clock.instant(), clock.instant().plus(Duration.ofDays(1)), keys.authority());
        return HttpResponse.ok(jwt).contentType(MediaType.of("application/vc+jwt"))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
    }
}
