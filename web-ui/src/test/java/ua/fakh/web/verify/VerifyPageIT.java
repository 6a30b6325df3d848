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
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
// and no first scheduled poll either: the test decides when events go out
@Property(name = "fakh.outbox.first-poll", value = "1h")
class VerifyPageIT extends PageTest {
    @Inject
    Outbox outbox;

    @Test
    void theQrCodesPageShowsTheStatusAndEveryPrintedFieldWithoutAnAccount() {
        String admin = api.adminToken();
        String edrpou = Api.newEdrpou();
        UUID provider = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Центр"), "kind", "PROVIDER",
                "edrpou", edrpou)).body());
        String trainer = api.login((String) api.createUser(admin, "Тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Стандарти якості соціальних послуг", "summary", "Курс",
                "hours", 30, "outcomes", List.of("Застосовує державні стандарти"), "language", "uk", "providerId", provider.toString()));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Текст"))).body());
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        String learner = api.login((String) api.createUser(admin, "Оксана Ґудзь", provider, "LEARNER").get("email"), Api.PASSWORD);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
        api.get(learner, "/api/lessons/" + lesson);
        outbox.deliverDue();
        String code = (String) api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), learner),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0).get("code");

        Browser.Page page = browser.get("/verify/" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Дійсне", "Оксана Ґудзь", "Стандарти якості соціальних послуг", "30 год.",
                "Застосовує державні стандарти", edrpou);
        assertThat(browser.get("/verify/" + "0".repeat(26)).status()).isEqualTo(404);

        String id = (String) api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), learner),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0).get("id");
        byte[] pdf = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/certificates/" + id + "/pdf"), learner), byte[].class);
        assertThat(upload(code, pdf).html()).contains("саме той документ");
        byte[] edited = pdf.clone();
        int at = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Type");
        edited[at + 1] = (byte) (edited[at + 1] ^ 1);
        assertThat(upload(code, edited).html()).contains("НЕ той");
        Browser.Page withoutToken = browser.send(HttpRequest.POST("/verify/" + code + "/pdf", MultipartBody.builder()
                .addPart("pdf", "c.pdf", MediaType.of("application/pdf"), pdf).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(withoutToken.status()).isEqualTo(403);
    }

    private Browser.Page upload(String code, byte[] pdf) {
        return browser.send(HttpRequest.POST("/verify/" + code + "/pdf?_csrf=" + browser.csrfToken(), MultipartBody.builder()
                .addPart("pdf", "certificate.pdf", MediaType.of("application/pdf"), pdf).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
