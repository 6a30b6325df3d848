package ua.fakh.certificates.issuing;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.signing.PdfSignatureCheck;
import ua.fakh.certificates.signing.PdfSignatureReport;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installation CA as an outsider meets it: PDFs DSS passes at PAdES-BASELINE-LT against /pki/ca.crt alone,
 * the CRL and OCSP at the addresses the certificates name, revoking a provider's key, the installation TSA.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class PkiIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;

    @Test
    @SuppressWarnings("unchecked")
    void aFreshPdfPassesAtLevelLtAndARevokedKeyShowsOnTheCrlAndInOcspWhileWhatItSignedStillPasses() throws Exception {
        Api api = new Api(client);
        CertificateWorld world = new CertificateWorld(api, null);
        X509Certificate ca = anchor();

        byte[] first = pdfOf(api, world.completer("Ґалина Першa"));
        PdfSignatureReport report = PdfSignatureCheck.check(first, ca, null);
        assertThat(report.problems()).isEmpty();
        assertThat(report.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(report.level()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(report.signerValidThen()).isTrue();
        X509Certificate signer = report.signer();
        assertThat(signer.getExtensionValue("2.5.29.31")).as("CRL distribution points").isNotNull();
        assertThat(signer.getExtensionValue("1.3.6.1.5.5.7.1.1")).as("authority information access").isNotNull();
        assertThat(ocsp(ca, signer.getSerialNumber(), false)).isNull();
        assertThat(crl(ca).getRevokedCertificate(signer.getSerialNumber())).isNull();

        String settings = "/api/providers/" + world.provider + "/certificate-settings";
        assertThat(api.post(world.hr, settings + "/signing-key/revocation", Map.of()).code()).isEqualTo(403);
        HttpResponse<Map<String, Object>> revoked = api.post(world.admin, settings + "/signing-key/revocation", Map.of());
        assertThat(revoked.code()).isEqualTo(200);

        assertThat(crl(ca).getRevokedCertificate(signer.getSerialNumber())).as("the revoked key on the CRL").isNotNull();
        assertThat(ocsp(ca, signer.getSerialNumber(), false)).isInstanceOf(RevokedStatus.class);
        assertThat(ocsp(ca, signer.getSerialNumber(), true)).as("OCSP over GET").isInstanceOf(RevokedStatus.class);
        assertThat(ocsp(ca, BigInteger.valueOf(42), false)).as("never issued")
                .isInstanceOf(org.bouncycastle.cert.ocsp.UnknownStatus.class);

        byte[] second = pdfOf(api, world.completer("Богдан Другий"));
        PdfSignatureReport next = PdfSignatureCheck.check(second, ca, null);
        assertThat(next.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(next.signer()).as("signed with a new key").isNotEqualTo(signer);
        List<Map<String, Object>> audit = (List<Map<String, Object>>) api.get(world.admin,
                "/api/audit?action=SIGNING_KEY_REVOKED").body().get("content");
        assertThat(audit).isNotEmpty();
    }

    @Test
    void theInstallationTsaAnswersRfc3161AndRefusesWhatIsNoRequest() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("certificate".getBytes());
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        var request = generator.generate(NISTObjectIdentifiers.id_sha256, digest, BigInteger.TEN);
        byte[] reply = client.toBlocking().retrieve(HttpRequest.POST("/pki/tsa", request.getEncoded())
                .contentType("application/timestamp-query"), byte[].class);
        TimeStampResponse response = new TimeStampResponse(reply);
        response.validate(request);
        assertThat(response.getTimeStampToken()).isNotNull();
        try {
            client.toBlocking().exchange(HttpRequest.POST("/pki/tsa", "no request\u0000".getBytes())
                    .contentType("application/timestamp-query"));
            throw new AssertionError("accepted garbage");
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(422);
            assertThat(e.getResponse().getContentType().map(Object::toString)).hasValue("application/problem+json");
        }
    }

    private byte[] pdfOf(Api api, Map<String, Object> learner) {
        outbox.deliverDue();
        String token = (String) learner.get("token");
        Map<String, Object> certificate = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/certificates/" + certificate.get("id") + "/pdf"),
                token), byte[].class);
    }

    private X509Certificate anchor() throws Exception {
        byte[] der = client.toBlocking().retrieve(HttpRequest.GET("/pki/ca.crt"), byte[].class);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private X509CRLHolder crl(X509Certificate ca) throws Exception {
        HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET("/pki/ca.crl"), byte[].class);
        assertThat(response.getContentType().map(Object::toString)).hasValue("application/pkix-crl");
        X509CRLHolder crl = new X509CRLHolder(response.body());
        assertThat(crl.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ca))).isTrue();
        assertThat(crl.getNextUpdate()).isAfter(crl.getThisUpdate());
        return crl;
    }

    /** The certificate status OCSP gives: {@code null} is good. */
    private Object ocsp(X509Certificate ca, BigInteger serial, boolean overGet) throws Exception {
        var id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(ca), serial);
        byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        byte[] der = overGet
                ? client.toBlocking().retrieve(HttpRequest.GET("/pki/ocsp/"
                + java.net.URLEncoder.encode(Base64.getEncoder().encodeToString(request), java.nio.charset.StandardCharsets.US_ASCII)), byte[].class)
                : client.toBlocking().retrieve(HttpRequest.POST("/pki/ocsp", request).contentType("application/ocsp-request"),
                byte[].class);
        OCSPResp response = new OCSPResp(der);
        assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ca))).isTrue();
        return basic.getResponses()[0].getCertStatus();
    }
}
