package ua.fakh.web.certificates;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
// and no first scheduled poll either: the test decides when events go out
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class CertificatePagesIT extends PageTest {
    @Inject
    Outbox outbox;

    String admin;
    UUID provider;
    String edrpou = Api.newEdrpou();
    UUID hromada;
    UUID otherHromada;
    String trainerEmail;
    UUID course;
    UUID lesson;
    String courseTitle;

    /** A provider with a published one-lesson course, and two hromadas of one oblast. */
    @BeforeEach
    void world() {
        admin = api.adminToken();
        provider = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Навчальний центр"),
                "kind", "PROVIDER", "edrpou", edrpou)).body());
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        otherHromada = Api.id(api.createOrganization(admin, Api.unique("Інша громада"), "HROMADA", oblast));
        trainerEmail = (String) api.createUser(admin, "Тренерка Курсу", provider, "TRAINER").get("email");
        String trainer = api.login(trainerEmail, Api.PASSWORD);
        courseTitle = Api.unique("Ведення випадку");
        Map<String, Object> body = new HashMap<>(Map.of("title", courseTitle, "titleEn", "Case management",
                "summary", "Курс", "hours", 30, "outcomes", List.of("Складає план допомоги"), "language", "uk",
                "providerId", provider.toString()));
        course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст"))).body());
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
    }

    /** A learner of the hromada who completes the course and gets the certificate; returns the e-mail. */
    private String completer(String name) {
        String email = (String) api.createUser(admin, name, hromada, "LEARNER").get("email");
        String token = api.login(email, Api.PASSWORD);
        api.post(token, "/api/courses/" + course + "/enrollments", Map.of());
        api.get(token, "/api/lessons/" + lesson);
        outbox.deliverDue();
        return email;
    }

    private String hr(UUID organization) {
        return (String) api.createUser(admin, "Кадровичка", organization, "HR").get("email");
    }

    @Test
    void anAdministratorRevokesAProvidersKeyFromItsPageAndTheRevocationIsAudited() {
        completer("Ірина Ключова");
        String page = "/admin/providers/" + provider + "/certificates";
        browser.signInAsAdmin();
        assertThat(browser.get(page).html()).contains("Відкликати ключ підпису");

        Browser.Page revoked = browser.post(page + "/signing-key/revoke", Map.of());

        assertThat(revoked.status()).isEqualTo(303);
        assertThat(revoked.location()).isEqualTo(page + "?notice=keyRevoked");
        assertThat(browser.get(revoked.location()).html()).contains("Ключ підпису відкликано");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> audit = (List<Map<String, Object>>) api.get(admin,
                "/api/audit?action=SIGNING_KEY_REVOKED").body().get("content");
        assertThat(audit).anySatisfy(entry -> assertThat(entry.toString()).contains(provider.toString()));
    }

    @Test
    void aLearnerSeesTheCertificateDownloadsItAndGetsTheShareLink() throws Exception {
        browser.signIn(completer("Ганна Сертифікатна"), Api.PASSWORD);

        Browser.Page page = browser.get("/certificates");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains(courseTitle).containsPattern(edrpou + "-\\d{4}-\\d{6}").contains("чинний")
                .contains("30 год").contains("1 ЄКТС").contains("/verify/").contains("Копіювати")
                .contains("Що таке файл Open Badges (.jwt)?", "VC-JWT", "/.well-known/jwks.json");
        String id = page.find("/certificates/([0-9a-f-]{36})/pdf");
        byte[] pdf = browser.download("/certificates/" + id + "/pdf");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ганна Сертифікатна");
        }
        String jwt = new String(browser.download("/certificates/" + id + "/credential"), StandardCharsets.US_ASCII);
        assertThat(jwt.split("\\.")).hasSize(3);
    }

    @Test
    void hrFiltersItsPeopleAndExportsCsvXlsxAndZipThatOpen() throws Exception {
        completer("Петро Фільтрований");
        completer("Олена Інша");
        browser.signIn(hr(hromada), Api.PASSWORD);

        Browser.Page page = browser.get("/hr/certificates?q=" + Browser.encode("фільтрований") + "&status=VALID&from=&to=&course=");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Петро Фільтрований").doesNotContain("Олена Інша").contains("Знайдено сертифікатів: 1");
        String query = "?org=" + hromada + "&q=" + Browser.encode("фільтрований");
        String csv = new String(browser.download("/hr/certificates.csv" + query), StandardCharsets.UTF_8);
        assertThat(csv).contains("Петро Фільтрований").doesNotContain("Олена Інша");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(browser.download("/hr/certificates.xlsx" + query)))) {
            assertThat(workbook.getFirstSheet().read().stream().map(r -> r.getCellText(0))).contains("Петро Фільтрований")
                    .doesNotContain("Олена Інша");
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(browser.download("/hr/certificates.zip?org=" + hromada)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(zip.readAllBytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(2).anySatisfy(n -> assertThat(n).endsWith("Петро Фільтрований.pdf"));
        assertThat(browser.get("/hr/hours").html()).contains("Петро Фільтрований").contains("30");
    }

    @Test
    void hrSpreadsheetsOpenInExcelWithUkrainianSettingsAndReadInTheReadersLanguage() throws Exception {
        String trainer = api.login(trainerEmail, Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", Api.unique("Супервізія"), "summary", "Курс", "hours", 7.5,
                "outcomes", List.of("Проводить супервізію"), "language", "uk", "providerId", provider.toString()));
        course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст"))).body());
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        completer("Тарас Таблиця");
        String today = ua.fakh.core.common.KyivTime.date(java.time.Instant.now());
        browser.signIn(hr(hromada), Api.PASSWORD);

        String page = browser.get("/hr/certificates").html();
        assertThat(page.indexOf("certificates.xlsx")).as("XLSX is offered first").isLessThan(page.indexOf("certificates.csv"));
        String query = "?org=" + hromada + "&q=" + Browser.encode("Тарас Таблиця");
        byte[] csvBytes = browser.download("/hr/certificates.csv" + query);
        assertThat(new String(csvBytes, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 byte-order mark").isEqualTo("\u00EF\u00BB\u00BF");
        List<String> lines = new String(csvBytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("\"ПІБ\";\"Курс\";\"Реєстраційний номер\";\"Години\"");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).split(";")).contains("\"Тарас Таблиця\"", "\"7,5\"", "\"0,25\"", "\"" + today + "\"", "\"чинний\"");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(browser.download("/hr/certificates.xlsx" + query)))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Сертифікати");
            var rows = sheet.read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("ПІБ");
            assertThat(rows.get(0).getCellText(7)).isEqualTo("Статус");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Тарас Таблиця");
            assertThat(rows.get(1).getCell(3).asNumber()).isEqualByComparingTo("7.5");
            assertThat(rows.get(1).getCellAsDate(5).orElseThrow().toLocalDate()).isEqualTo(
                    ua.fakh.core.common.KyivTime.day(java.time.Instant.now()));
            assertThat(rows.get(1).getCellText(7)).isEqualTo("чинний");
        }

        browser.get("/lang/en?next=/");
        String english = new String(browser.download("/hr/certificates.csv" + query), StandardCharsets.UTF_8);
        assertThat(english).contains("\"Full name\";\"Course\"", "\"7.5\"", "\"valid\"").doesNotContain("чинний");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(browser.download("/hr/certificates.xlsx" + query)))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Full name");
            assertThat(rows.get(1).getCellText(7)).isEqualTo("valid");
        }
    }

    @Test
    void theTrainerIsToldWhyACertificateWasRefusedInTheTrainersLanguage() {
        String email = (String) api.createUser(admin, "Незавершена Слухачка", hromada, "LEARNER").get("email");
        api.post(api.login(email, Api.PASSWORD), "/api/courses/" + course + "/enrollments", Map.of());
        browser.signIn(trainerEmail, Api.PASSWORD);
        String base = "/teach/courses/" + course + "/certificates";

        Browser.Page refused = browser.post(base + "/issue", Map.of("userIds", userId(email).toString()));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("Незавершена Слухачка").containsAnyOf("Відкрити урок «", "Пройти урок «")
                .doesNotContain("lesson «");

        browser.get("/lang/en?next=/");
        assertThat(browser.post(base + "/issue", Map.of("userIds", userId(email).toString())).html())
                .containsAnyOf("Open the lesson «", "Complete the lesson «");
    }

    @Test
    void hrOfAnotherOrganizationIsRefused() {
        completer("Чужа Особа");
        browser.signIn(hr(otherHromada), Api.PASSWORD);

        assertThat(browser.get("/hr/certificates?org=" + hromada).status()).isEqualTo(403);
        assertThat(browser.send(HttpRequest.GET("/hr/certificates.csv?org=" + hromada).accept("*/*")).status()).isEqualTo(403);
        assertThat(browser.get("/hr/certificates").html()).doesNotContain("Чужа Особа");
    }

    @Test
    void theTrainerRevokesWithAReasonAndTheVerifyPageShowsRevoked() {
        completer("Відкликувана Слухачка");
        browser.signIn(trainerEmail, Api.PASSWORD);
        String base = "/teach/courses/" + course + "/certificates";
        Browser.Page tab = browser.get(base);
        assertThat(tab.status()).isEqualTo(200);
        assertThat(tab.html()).contains("Відкликувана Слухачка").contains("aria-current=\"page\"");
        String id = tab.find("/certificates/([0-9a-f-]{36})/revoke");
        String verify = tab.find("href=\"(/verify/[0-9a-z]+)\"");

        Browser.Page unconfirmed = browser.post(base + "/" + id + "/revoke", Map.of("reason", "Помилка"));
        assertThat(unconfirmed.status()).as(unconfirmed.html()).isEqualTo(303);
        assertThat(browser.get(unconfirmed.location()).html()).contains("Нічого не змінено");
        assertThat(browser.get(verify).html()).contains("Сертифікат чинний");

        Browser.Page revoked = browser.post(base + "/" + id + "/revoke", Map.of("reason", "Підроблені документи", "confirm", "yes"));
        assertThat(revoked.status()).isEqualTo(303);
        assertThat(browser.get(revoked.location()).html()).contains("Сертифікат відкликано").contains("Підроблені документи");
        assertThat(browser.get(verify).html()).contains("verify-REVOKED", "Сертифікат відкликано");
    }

    @Test
    void theAdministratorSavesTheSignatoryAndTheNextPdfCarriesIt() throws Exception {
        browser.signInAsAdmin();
        String base = "/admin/providers/" + provider + "/certificates";
        assertThat(browser.get("/admin/organizations?open=" + provider).html()).as("the organisations page leads there")
                .contains("href=\"" + base + "\"");
        assertThat(browser.get(base).html()).contains("{PROVIDER}-{YYYY}-{NNNNNN}");

        Browser.Page refused = browser.post(base, Map.of("signatoryName", "Ім’я", "signatoryPosition", "Посада",
                "serialPattern", "{NN}", "primaryColor", "#1F3A5F", "accentColor", "#C8A24A"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("aria-invalid=\"true\"");
        Browser.Page saved = browser.post(base, Map.of("signatoryName", "Ірина Директорка", "signatoryPosition", "Директорка центру",
                "serialPattern", "{PROVIDER}-{YY}-{NNNN}", "providerCode", "", "primaryColor", "#1F3A5F", "accentColor", "#C8A24A"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(browser.get(saved.location()).html()).contains("Збережено").contains("Ірина Директорка");

        String learner = completer("Наступна Слухачка");
        Browser other = new Browser(server);
        try {
            other.signIn(learner, Api.PASSWORD);
            String id = other.get("/certificates").find("/certificates/([0-9a-f-]{36})/pdf");
            try (var document = Loader.loadPDF(other.download("/certificates/" + id + "/pdf"))) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Ірина Директорка").containsPattern(edrpou + "-\\d\\d-\\d{4}");
            }
        } finally {
            other.close();
        }
    }
}
