package ua.fakh.web.verify;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.time.Instant;
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

    /** A learner who completed a one-lesson course of a provider with an English name; its certificate. */
    private Issued issued(String holder) {
        String admin = api.adminToken();
        String edrpou = Api.newEdrpou();
        UUID provider = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Центр"), "nameEn",
                "Regional Training Centre", "kind", "PROVIDER", "edrpou", edrpou)).body());
        String trainer = api.login((String) api.createUser(admin, "Тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Стандарти якості соціальних послуг", "summary", "Курс",
                "hours", 30, "ectsCredits", 1.5, "outcomes", List.of("Застосовує державні стандарти"), "language", "uk",
                "providerId", provider.toString()));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Текст"))).body());
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        String learner = api.login((String) api.createUser(admin, holder, provider, "LEARNER").get("email"), Api.PASSWORD);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
        api.get(learner, "/api/lessons/" + lesson);
        outbox.deliverDue();
        Map<String, Object> certificate = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), learner),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
        return new Issued((String) certificate.get("code"), (String) certificate.get("id"),
                (String) certificate.get("serialNumber"), learner, trainer, edrpou);
    }

    record Issued(String code, String id, String number, String learner, String trainer, String edrpou) {
    }

    @Test
    void theQrCodesPageShowsTheStatusAndEveryPrintedFieldWithoutAnAccount() {
        Issued c = issued("Оксана Ґудзь");

        Browser.Page page = browser.get("/verify/" + c.code());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Сертифікат чинний", "role=\"status\"", "verify-VALID", "Оксана Ґудзь",
                "Стандарти якості соціальних послуг", "30 год. (кредитів ЄКТС: 1,5)",
                "Застосовує державні стандарти", c.edrpou(), "зараховано", KyivTime.date(KyivTime.day(Instant.now())))
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        byte[] pdf = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/certificates/" + c.id() + "/pdf"), c.learner()), byte[].class);
        assertThat(upload(c.code(), pdf).html()).contains("саме той документ", "Перевірка підпису", "Дійсний",
                "PAdES-BASELINE-LT", "Підписано (підтверджено позначкою часу)", "чинний: строк не минув, не відкликаний");
        byte[] edited = pdf.clone();
        int at = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Type");
        edited[at + 1] = (byte) (edited[at + 1] ^ 1);
        assertThat(upload(c.code(), edited).html()).contains("НЕ той");
        Browser.Page withoutToken = browser.send(HttpRequest.POST("/verify/" + c.code() + "/pdf", MultipartBody.builder()
                .addPart("pdf", "c.pdf", MediaType.of("application/pdf"), pdf).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(withoutToken.status()).isEqualTo(403);
    }

    @Test
    void anUnknownCodeAnswers404WithAPageSayingSoAndTheFormsToTryAgain() {
        Browser.Page page = browser.get("/verify/" + "0".repeat(26));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Сертифіката з таким кодом перевірки немає", "verify-UNKNOWN", "name=\"code\"",
                "name=\"number\"", "name=\"name\"");
        assertThat(browser.get("/verify?code=" + "1".repeat(26)).status()).isEqualTo(404);

        browser.get("/lang/en?next=/");
        assertThat(browser.get("/verify/nonsense").html()).contains("No certificate has this verification code");
    }

    @Test
    void aCertificateIsFoundByItsRegistrationNumberWithTheHoldersSurname() {
        Issued c = issued("Марія Номерна");

        Browser.Page found = browser.get("/verify?number=" + Browser.encode(" " + c.number().toLowerCase() + " ")
                + "&name=" + Browser.encode("номерна"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.html()).contains("Сертифікат чинний", "Марія Номерна", c.number(), "/verify/" + c.code() + "/pdf");

        Browser.Page wrongName = browser.get("/verify?number=" + Browser.encode(c.number()) + "&name=" + Browser.encode("Іваненко"));
        assertThat(wrongName.status()).isEqualTo(404);
        assertThat(wrongName.html()).contains("Сертифіката з таким реєстраційним номером і прізвищем власника немає")
                .doesNotContain("Марія Номерна");
        assertThat(browser.get("/verify?number=" + Browser.encode(c.number() + "9") + "&name=" + Browser.encode("Номерна")).status())
                .isEqualTo(404);

        Browser.Page empty = browser.get("/verify?number=&name=+");
        assertThat(empty.status()).isEqualTo(200).as("an empty form is just the form");
        Browser.Page half = browser.get("/verify?number=&name=" + Browser.encode("Номерна"));
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.html()).contains("Введіть реєстраційний номер", "aria-invalid=\"true\"", "value=\"Номерна\"");
        assertThat(browser.get("/verify").html()).contains("Перевірка сертифіката", "За реєстраційним номером");
    }

    @Test
    void checkingThePdfWithoutAFileSaysWhatIsMissingNextToTheField() {
        Issued c = issued("Петро Безфайловий");

        Browser.Page noPart = browser.send(HttpRequest.POST("/verify/" + c.code() + "/pdf?_csrf=" + browser.csrfToken(),
                MultipartBody.builder().addPart("other", "x").build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(noPart.status()).isEqualTo(400);
        assertThat(noPart.html()).contains("Файл не надіслано", "id=\"pdf-error\"", "aria-describedby=\"pdf-error\"",
                "Петро Безфайловий");
        Browser.Page emptyFile = upload(c.code(), new byte[0]);
        assertThat(emptyFile.status()).isEqualTo(400);
        assertThat(emptyFile.html()).contains("Файл не надіслано");
    }

    @Test
    void theEnglishPageReadsInEnglishWithTheSitesDates() {
        Issued c = issued("Ірина Англомовна");
        browser.get("/lang/en?next=/");

        Browser.Page page = browser.get("/verify/" + c.code());

        assertThat(page.html()).contains("This certificate is valid", "Regional Training Centre", "passed",
                "30 academic hours (1.5 ECTS credits)", KyivTime.date(KyivTime.day(Instant.now())))
                .doesNotContain("зараховано", "Сертифікат чинний").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aRevokedCertificateSaysSoOnceWithTheDateAndReason() {
        Issued c = issued("Олег Відкликаний");
        api.post(c.trainer(), "/api/certificates/" + c.id() + "/revoke", Map.of("reason", "Підроблені документи"));

        Browser.Page page = browser.get("/verify/" + c.code());

        assertThat(page.html()).contains("Сертифікат відкликано", "verify-REVOKED", "Дата відкликання: "
                + KyivTime.date(KyivTime.day(Instant.now())), "Причина: Підроблені документи").doesNotContain("verify-VALID");
        assertThat(page.html().split("відкликано", -1)).as("the status is said once, not repeated").hasSize(2);
        browser.get("/lang/en?next=/");
        assertThat(browser.get("/verify/" + c.code()).html()).contains("This certificate has been revoked", "Reason: Підроблені документи");
    }

    private Browser.Page upload(String code, byte[] pdf) {
        return browser.send(HttpRequest.POST("/verify/" + code + "/pdf?_csrf=" + browser.csrfToken(), MultipartBody.builder()
                .addPart("pdf", "certificate.pdf", MediaType.of("application/pdf"), pdf).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
