package ua.fakh.web.verify;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.StreamedUpload;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The verify page's upload form reads at most 10 MB of its file part, refusing more while it streams in. */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
class VerifyUploadLimitIT extends PageTest {
    private static final long FILE = 200L * 1024 * 1024;

    @Inject
    Outbox outbox;

    @Test
    void a200MegabytePdfSentToTheFormIsRefusedWith413WithoutBeingBuffered() throws Exception {
        String code = issuedCertificateCode();
        assertThat(browser.get("/verify/" + code).status()).isEqualTo(200);
        String token = browser.csrfToken();
        String boundary = "fakh" + UUID.randomUUID().toString().replace("-", "");
        String head = "POST /verify/" + code + "/pdf?_csrf=" + token + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Cookie: fakh_csrf=" + browser.cookie("fakh_csrf") + "\r\nAccept: text/html\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n";
        byte[] part = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\"certificate.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        StreamedUpload.Outcome outcome = StreamedUpload.send(server.getPort(), head, part, FILE, end);

        assertThat(outcome.status()).as(outcome.response()).isEqualTo(413);
        assertThat(outcome.response()).contains("text/html");
        assertThat(outcome.heapAllocated()).as("heap allocated while 200 MB streamed in").isLessThan(FILE / 4);
    }

    @Test
    void aFormWithoutAFileIsABadRequestPageAndATextFieldIsJustNotThePdf() {
        String code = issuedCertificateCode();
        browser.get("/verify/" + code);
        String address = "/verify/" + code + "/pdf?_csrf=" + browser.csrfToken();
        Browser.Page noFile = browser.send(HttpRequest.POST(address, MultipartBody.builder()
                .addPart("pdf", "", MediaType.APPLICATION_OCTET_STREAM_TYPE, new byte[0]).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(noFile.status()).isEqualTo(400);
        Browser.Page textField = browser.send(HttpRequest.POST(address, MultipartBody.builder().addPart("pdf", "text").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(textField.status()).as("four bytes that are no PDF: answered, never a hang or a 500").isEqualTo(200);
        assertThat(textField.html()).contains("НЕ той");
    }

    private String issuedCertificateCode() {
        String admin = api.adminToken();
        UUID provider = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Центр"), "kind", "PROVIDER",
                "edrpou", Api.newEdrpou())).body());
        String trainer = api.login((String) api.createUser(admin, "Тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Межі завантажень", "summary", "Курс", "hours", 2,
                "outcomes", List.of("Знає межі"), "language", "uk", "providerId", provider.toString()));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Текст"))).body());
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        String learner = api.login((String) api.createUser(admin, "Оксана Ґудзь", provider, "LEARNER").get("email"), Api.PASSWORD);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
        api.get(learner, "/api/lessons/" + lesson);
        outbox.deliverDue();
        return (String) api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), learner),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0).get("code");
    }
}
