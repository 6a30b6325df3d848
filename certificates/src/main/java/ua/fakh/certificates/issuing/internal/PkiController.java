package ua.fakh.certificates.issuing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.errors.ApiProblems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.PayloadTooLargeException;
import ua.fakh.core.errors.UnprocessableException;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;

/**
 * The installation CA in public, as RFC 5280 and 6960 verifiers expect it at the addresses its certificates
 * name: the CA certificate, its CRL, an OCSP responder, and the installation's own RFC 3161 TSA.
 */
@ApiProblems.Public
@Controller("/pki")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PkiController {
    /** OCSP and timestamp requests are a few hundred bytes; anything this large is not one. */
    static final int MAX_REQUEST_BYTES = 16 * 1024;
    static final String OCSP_REQUEST = "application/ocsp-request";
    static final String OCSP_RESPONSE = "application/ocsp-response";
    static final String TIMESTAMP_QUERY = "application/timestamp-query";
    static final String TIMESTAMP_REPLY = "application/timestamp-reply";

    private final SigningKeys keys;

    PkiController(SigningKeys keys) {
        this.keys = keys;
    }

    /** The installation CA certificate (DER): the trust anchor of every certificate PDF this installation signs. */
    @Operation(summary = "The installation CA certificate (DER).", security = {})
    @ApiResponse(responseCode = "200", description = "The installation CA certificate (DER).",
            content = @Content(mediaType = "application/pkix-cert", schema = @Schema(type = "string", format = "binary")))
    @Get(value = "/ca.crt", produces = "application/pkix-cert")
    HttpResponse<byte[]> caCertificate() throws CertificateEncodingException {
        return HttpResponse.ok(keys.authority().certificate().getEncoded()).contentType("application/pkix-cert")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
    }

    /** The CA's current certificate revocation list (DER, RFC 5280), a week valid, renewed every minute. */
    @Operation(summary = "The installation CA's certificate revocation list (DER).", security = {})
    @ApiResponse(responseCode = "200", description = "The installation CA's certificate revocation list (DER).",
            content = @Content(mediaType = "application/pkix-crl", schema = @Schema(type = "string", format = "binary")))
    @Get(value = "/ca.crl", produces = "application/pkix-crl")
    HttpResponse<byte[]> revocationList() {
        return HttpResponse.ok(keys.revocationList()).contentType("application/pkix-crl")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
    }

    /** OCSP over POST (RFC 6960 A.1): a DER OCSPRequest in, a DER OCSPResponse signed by the CA out. */
    @Operation(summary = "OCSP over POST: the status of a certificate the CA issued (RFC 6960).", security = {})
    @ApiResponse(responseCode = "200", description = "OCSP over POST: the status of a certificate the CA issued (RFC 6960).",
            content = @Content(mediaType = "application/ocsp-response", schema = @Schema(type = "string", format = "binary")))
    @Post(consumes = OCSP_REQUEST, produces = OCSP_RESPONSE, value = "/ocsp")
    HttpResponse<byte[]> ocsp(@RequestBody(content = @Content(mediaType = OCSP_REQUEST, schema = @Schema(type = "string", format = "binary"))) @Body InputStream request) throws IOException {
        return HttpResponse.ok(keys.ocsp(bounded(request))).contentType(OCSP_RESPONSE);
    }

    /** OCSP over GET (RFC 6960 A.1): the DER request base64- then URL-encoded in the path. */
    @Operation(summary = "OCSP over GET: the status of a certificate the CA issued (RFC 6960).", security = {})
    @ApiResponse(responseCode = "200", description = "OCSP over GET: the status of a certificate the CA issued (RFC 6960).",
            content = @Content(mediaType = "application/ocsp-response", schema = @Schema(type = "string", format = "binary")))
    @Get(value = "/ocsp/{request}", produces = OCSP_RESPONSE)
    HttpResponse<byte[]> ocspGet(String request) {
        byte[] der;
        try {
            der = request.length() > MAX_REQUEST_BYTES ? new byte[0] : Base64.getDecoder().decode(request.strip());
        } catch (IllegalArgumentException e) {
            der = new byte[0]; // answered as malformedRequest, as RFC 6960 asks
        }
        return HttpResponse.ok(keys.ocsp(der)).contentType(OCSP_RESPONSE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
    }

    /** The installation's own TSA (RFC 3161 over HTTP): a DER TimeStampReq in, a DER TimeStampResp out. */
    @Operation(summary = "The installation's own timestamping authority (RFC 3161).", security = {})
    @ApiResponse(responseCode = "200", description = "The installation's own timestamping authority (RFC 3161).",
            content = @Content(mediaType = "application/timestamp-reply", schema = @Schema(type = "string", format = "binary")))
    @Post(consumes = TIMESTAMP_QUERY, produces = TIMESTAMP_REPLY, value = "/tsa")
    HttpResponse<byte[]> timestamp(@RequestBody(content = @Content(mediaType = TIMESTAMP_QUERY, schema = @Schema(type = "string", format = "binary"))) @Body InputStream request) throws IOException {
        byte[] query = bounded(request);
        try {
            return HttpResponse.ok(keys.timestamp(query)).contentType(TIMESTAMP_REPLY);
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new UnprocessableException("problem.pki.badTimestampQuery");
        }
    }

    private static byte[] bounded(InputStream body) throws IOException {
        try (body) {
            return SizeLimitedInputStream.readAtMost(body, MAX_REQUEST_BYTES,
                    () -> new PayloadTooLargeException("problem.pki.requestTooLarge", MAX_REQUEST_BYTES / 1024));
        }
    }
}
