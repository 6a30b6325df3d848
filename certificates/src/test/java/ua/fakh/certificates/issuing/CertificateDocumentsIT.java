package ua.fakh.certificates.issuing;

import com.nimbusds.jose.jwk.JWKSet;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.signing.BitstringStatusList;
import ua.fakh.certificates.signing.PdfSignatureCheck;
import ua.fakh.certificates.signing.VcJwt;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.ExternalTool;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed PDF and the Open Badges credential of an issued certificate, checked as an outsider would. */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
// and no first scheduled poll either: the test decides when events go out
@Property(name = "fakh.outbox.first-poll", value = "1h")
class CertificateDocumentsIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;

    /** The trust anchor as an outsider gets it: the installation CA certificate published at /pki/ca.crt. */
    private X509Certificate anchor() throws Exception {
        byte[] der = client.toBlocking().retrieve(HttpRequest.GET("/pki/ca.crt"), byte[].class);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePdfIsSignedAndReadableAndTheBadgeVerifiesAgainstThePublishedKeysAndRevocationFlipsItsBit() throws Exception {
        Api api = new Api(client);
        CertificateWorld world = new CertificateWorld(api, null);
        Map<String, Object> learner = world.completer("Ґалина Їжакевич-Єрмоленко");
        outbox.deliverDue();
        String token = (String) learner.get("token");
        Map<String, Object> certificate = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
        String id = (String) certificate.get("id");

        byte[] pdf = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/certificates/" + id + "/pdf"), token), byte[].class);
        assertThat(PdfSignatureCheck.check(pdf, anchor(), null).valid()).isTrue();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Ґалина Їжакевич-Єрмоленко", (String) certificate.get("serialNumber"), "24");
        byte[] tampered = pdf.clone();
        int at = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Type");
        tampered[at + 1] = (byte) (tampered[at + 1] ^ 1);
        assertThat(PdfSignatureCheck.check(tampered, anchor(), null).valid()).isFalse();
        String code = (String) certificate.get("code");
        Map<String, Object> same = api.exchange(HttpRequest.POST("/api/public/certificates/" + code + "/pdf", pdf)
                .contentType("application/pdf")).body();
        assertThat(same).containsEntry("sameAsIssued", true).containsEntry("signatureValid", true);
        Map<String, Object> edited = api.exchange(HttpRequest.POST("/api/public/certificates/" + code + "/pdf", tampered)
                .contentType("application/pdf")).body();
        assertThat(edited).containsEntry("sameAsIssued", false).containsEntry("signatureValid", false);
        assertThat(api.exchange(HttpRequest.POST("/api/public/certificates/" + "0".repeat(26) + "/pdf", pdf)
                .contentType("application/pdf")).code()).isEqualTo(404);
        assertThat(api.get(world.otherHr, "/api/certificates/" + id + "/pdf").code()).isEqualTo(403);

        byte[] jwt = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/certificates/" + id + "/credential"), token), byte[].class);
        String jwks = api.http().retrieve(HttpRequest.GET("/.well-known/jwks.json"), String.class);
        Map<String, Object> payload = VcJwt.verify(new String(jwt), JWKSet.parse(jwks));
        String attachment = "fakh-" + certificate.get("serialNumber") + "-open-badge.jwt";
        assertThat(attachedFile(pdf, attachment)).isEqualTo(jwt);
        // and as a tool nobody here wrote reads it: qpdf lists the attachment and prints the same bytes
        Path file = Files.createTempFile("fakh-certificate", ".pdf");
        Files.write(file, pdf);
        ExternalTool.Result listed = ExternalTool.run("qpdf", "--list-attachments", "--verbose", file.toString());
        assertThat(listed.succeeded()).as(listed.output()).isTrue();
        assertThat(listed.stdout()).contains(attachment, "application/vc+jwt");
        ExternalTool.Result shown = ExternalTool.run("qpdf", "--show-attachment=" + attachment, file.toString());
        assertThat(shown.stdout().strip()).isEqualTo(new String(jwt, java.nio.charset.StandardCharsets.US_ASCII).strip());
        assertThat(payload.toString()).contains("OpenBadgeCredential", "Робота з постраждалими від насильства");
        Map<String, Object> status = (Map<String, Object>) payload.get("credentialStatus");
        long index = Long.parseLong(String.valueOf(status.get("statusListIndex")));

        String listUrl = (String) status.get("statusListCredential");
        assertThat(listUrl).endsWith("/api/public/status-lists/revocation/" + world.provider);
        String listPath = java.net.URI.create(listUrl).getPath();
        assertThat(bitOf(api, listPath, payload.get("iss"), index)).isFalse();
        api.post(world.trainer, "/api/certificates/" + id + "/revoke", Map.of("reason", "Помилка"));
        assertThat(bitOf(api, listPath, payload.get("iss"), index)).isTrue();
        assertThat(api.exchange(HttpRequest.GET("/api/public/status-lists/revocation/" + java.util.UUID.randomUUID())).code())
                .isEqualTo(404);
    }

    /** The bytes of the PDF's embedded file {@code name}, listed in the catalog's /AF as an alternative form. */
    private static byte[] attachedFile(byte[] pdf, String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification file = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get(name);
            assertThat(file.getFileUnicode()).isEqualTo(name);
            assertThat(file.getEmbeddedFile().getSubtype()).isEqualTo("application/vc+jwt");
            COSArray associated = (COSArray) document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            assertThat(associated.getObject(0)).isEqualTo(file.getCOSObject());
            assertThat(file.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Alternative");
            return file.getEmbeddedFile().toByteArray();
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean bitOf(Api api, String listPath, Object issuer, long index) throws Exception {
        String list = api.http().retrieve(HttpRequest.GET(listPath), String.class);
        String jwks = api.http().retrieve(HttpRequest.GET("/.well-known/jwks.json"), String.class);
        Map<String, Object> credential = VcJwt.verify(list, JWKSet.parse(jwks));
        // the credential's own issuer signs and names its status list
        assertThat(credential).containsEntry("issuer", issuer);
        Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
        return BitstringStatusList.isSet((String) subject.get("encodedList"), index);
    }
}
