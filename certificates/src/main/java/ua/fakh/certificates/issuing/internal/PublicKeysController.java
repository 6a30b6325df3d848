package ua.fakh.certificates.issuing.internal;

import com.nimbusds.jose.jwk.JWK;
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
import ua.fakh.certificates.keys.IssuerContexts;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.certificates.signing.BitstringStatusList;
import ua.fakh.certificates.signing.Jwks;
import ua.fakh.certificates.signing.VcJwt;
import ua.fakh.certificates.spi.IssuerContext;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.util.BitSet;
import java.util.UUID;

/**
 * What anyone verifying a credential needs: the signing keys, one by one or as a set, and the revocation lists.
 * Each also answers a client that asks for {@code application/json} (with its own media type).
 */
@ApiProblems.Public
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicKeysController {
    static final String JWK_SET = "application/jwk-set+json";
    static final String JWK = "application/jwk+json";

    private final SigningKeys keys;
    private final IssuerContexts issuers;
    private final CertificateRepository certificates;
    private final Clock clock;

    PublicKeysController(SigningKeys keys, IssuerContexts issuers, CertificateRepository certificates, Clock clock) {
        this.keys = keys;
        this.issuers = issuers;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * The public keys that sign credentials and status lists, as a JWK Set. The installation CA is not in it:
     * it certifies the signing keys (it is in their {@code x5c}) and signs no credential itself.
     */
    @Operation(summary = "Public keys that verify the signed credentials (JWKS).", security = {})
    @ApiResponse(responseCode = "200", description = "A JWK Set (`keys`: the public keys).",
            content = @Content(mediaType = "application/jwk-set+json", schema = @Schema(type = "object")))
    @Get(value = "/.well-known/jwks.json", produces = {JWK_SET, MediaType.APPLICATION_JSON})
    HttpResponse<String> jwks() {
        return HttpResponse.ok(Jwks.json(keys.published())).contentType(MediaType.of(JWK_SET))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
    }

    /** One signing key as a JWK: what a credential's {@code kid} URL answers (Open Badges 3.0, "Create the JOSE Header"). */
    @Operation(summary = "One public key, what a credential's kid names (JWK).", security = {})
    @ApiResponse(responseCode = "200", description = "The key as a JWK.",
            content = @Content(mediaType = "application/jwk+json", schema = @Schema(type = "object")))
    @Get(value = "/.well-known/jwks/{name}", produces = {JWK, MediaType.APPLICATION_JSON})
    HttpResponse<String> jwk(String name) {
        JWK key = keys.published().stream().filter(identity -> name.equals(Jwks.keyName(identity.keyId())))
                .map(Jwks::jwk).findFirst().orElseThrow(() -> new NotFoundException("problem.key.unknown"));
        return HttpResponse.ok(key.toPublicJWK().toJSONString()).contentType(MediaType.of(JWK))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
    }

    /**
     * The provider's BitstringStatusListCredential (VC-JWT); a set bit means revoked. Each provider issues its
     * own credentials, so each publishes its own list: the list's {@code issuer} is the credentials' issuer and
     * the provider's signing key (digitalSignature) signs it. The bits are the installation-wide status-list
     * indexes; other providers' bits stay clear.
     */
    @Operation(summary = "A provider's revocation status list of credentials (VC-JWT).", security = {})
    @ApiResponse(responseCode = "200", description = "A BitstringStatusListCredential as a compact JWS (VC-JWT).",
            content = @Content(mediaType = "application/vc+jwt", schema = @Schema(type = "string")))
    @Get(value = IssuerContexts.STATUS_LIST_PATH + "{providerId}", produces = {VcJwt.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Transactional(readOnly = true)
    HttpResponse<String> revocationList(UUID providerId) {
        // only a provider that has issued: an anonymous request must not make a signing key for any organisation
        if (!certificates.existsByProviderId(providerId)) {
            throw new NotFoundException("problem.statusList.unknown");
        }
        BitSet revoked = new BitSet();
        certificates.revokedIndexes(providerId).forEach(i -> revoked.set(Math.toIntExact(i)));
        // the provider's context names the list, the issuer and the key exactly as in its credentials (index unused)
        IssuerContext issuer = issuers.forCertificate(providerId, 0);
        String jwt = BitstringStatusList.signedCredential(issuer.statusListUrl(), issuer.issuerId(), revoked,
                clock.instant(), clock.instant().plus(Duration.ofDays(1)), issuer.signing());
        return HttpResponse.ok(jwt).contentType(MediaType.of(VcJwt.MEDIA_TYPE))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
    }
}
