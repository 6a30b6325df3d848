package ua.fakh.certificates.issuing;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.certificates.signing.PdfSignatureCheck;
import ua.fakh.certificates.signing.PdfSignatureReport;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled re-timestamping: every PDF is "due" here (a century ahead), so one run extends it to LTA. */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "fakh.lta.first-scan", value = "1h")
@Property(name = "fakh.lta.extend-before", value = "36500d")
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class ArchiveTimestampsIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;
    @Inject
    PdfArchiveTimestamps job;
    @Inject
    DataSource dataSource;

    @Test
    void extendsAStoredPdfToLtaOnceLogsItAndStillKnowsTheEarlierCopy() throws Exception {
        Api api = new Api(client);
        CertificateWorld world = new CertificateWorld(api, null);
        Map<String, Object> learner = world.completer("Олеся Архівна");
        outbox.deliverDue();
        String token = (String) learner.get("token");
        Map<String, Object> certificate = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
        String pdfUri = "/api/certificates/" + certificate.get("id") + "/pdf";
        byte[] before = api.http().retrieve(Api.authorised(HttpRequest.GET(pdfUri), token), byte[].class);

        assertThat(job.extendDue()).isPositive();
        assertThat(job.extendDue()).as("today's run is done").isZero();

        byte[] after = api.http().retrieve(Api.authorised(HttpRequest.GET(pdfUri), token), byte[].class);
        assertThat(after).isNotEqualTo(before);
        PdfSignatureReport report = PdfSignatureCheck.check(after, anchor(), null);
        assertThat(report.problems()).isEmpty();
        assertThat(report.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(report.level()).isEqualTo("PAdES-BASELINE-LTA");
        assertThat(logged(UUID.fromString((String) certificate.get("id")))).isEqualTo(1);

        Map<String, Object> earlierCopy = api.exchange(HttpRequest.POST("/api/public/certificates/" + certificate.get("code")
                + "/pdf", before).contentType("application/pdf")).body();
        assertThat(earlierCopy).containsEntry("sameAsIssued", true).containsEntry("signatureValid", true);
    }

    private int logged(UUID certificateId) throws Exception {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM pdf_archive_timestamps WHERE certificate_id = ?")) {
            count.setObject(1, certificateId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private X509Certificate anchor() throws Exception {
        byte[] der = client.toBlocking().retrieve(HttpRequest.GET("/pki/ca.crt"), byte[].class);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
