package ua.fakh.certificates.issuing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.StreamedUpload;

import static org.assertj.core.api.Assertions.assertThat;

/** The anonymous PDF check reads at most 10 MB, however much is sent and whatever the sender declares. */
@MicronautTest(transactional = false)
class PdfUploadLimitIT {
    private static final long BODY = 200L * 1024 * 1024;

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void a200MegabyteStreamedPdfIsRefusedWith413WithoutBeingBuffered() throws Exception {
        String head = "POST /api/public/certificates/" + "0".repeat(26) + "/pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/pdf\r\nConnection: close\r\n";

        StreamedUpload.Outcome outcome = StreamedUpload.send(server.getPort(), head, "%PDF-1.7\n".getBytes(), BODY, new byte[0]);

        assertThat(outcome.status()).as(outcome.response()).isEqualTo(413);
        assertThat(outcome.response()).contains("application/problem+json");
        assertThat(outcome.heapAllocated()).as("heap allocated while 200 MB streamed in").isLessThan(BODY / 4);
    }

    @Test
    void aDeclaredLengthPastTheLimitIsRefusedBeforeTheBodyIsRead() {
        HttpResponse<?> response = new Api(client).exchange(HttpRequest.POST("/api/public/certificates/" + "0".repeat(26) + "/pdf",
                new byte[11 * 1024 * 1024]).contentType("application/pdf"));
        assertThat(response.code()).isEqualTo(413);
    }

    @Test
    void smallPdfsSentOneAfterAnotherOnOneConnectionAreEachAnswered() {
        Api api = new Api(client);
        for (int i = 0; i < 3; i++) {
            assertThat(api.exchange(HttpRequest.POST("/api/public/certificates/" + "0".repeat(26) + "/pdf",
                    ("%PDF-1.7 " + "x".repeat(300_000)).getBytes()).contentType("application/pdf")).code()).isEqualTo(404);
        }
    }

    @Test
    void aNulInTheCodeIsABadRequest() {
        assertThat(new Api(client).get(null, "/api/public/certificates/AB%00CD").code()).isEqualTo(400);
    }
}
