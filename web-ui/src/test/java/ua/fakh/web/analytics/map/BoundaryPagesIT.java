package ua.fakh.web.analytics.map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.boundaries.BoundaryFiles;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /admin/map}: an administrator uploads hromada boundaries, reads every problem of a refused file, removes them. */
@MicronautTest(transactional = false)
class BoundaryPagesIT extends PageTest {

    @BeforeEach
    void signIn() {
        browser.signInAsAdmin();
        browser.post("/admin/map/remove", Map.of());
    }

    @Test
    void uploadsTheHandMadeHromadasAndSaysSo() {
        assertThat(browser.get("/admin/map").html()).contains("Межі не завантажено");

        Browser.Page uploaded = upload(BoundaryFiles.handMade(), "");

        assertThat(uploaded.status()).isEqualTo(303);
        assertThat(uploaded.location()).isEqualTo("/admin/map?notice=uploaded");
        Browser.Page page = browser.get(uploaded.location());
        assertThat(page.html()).contains("Завантажено межі 3 громад.", "Межі 3 громад, завантажено ", "Вилучити всі межі");

        Browser.Page removed = browser.post("/admin/map/remove", Map.of());
        assertThat(removed.location()).isEqualTo("/admin/map?notice=removed");
        assertThat(browser.get(removed.location()).html()).contains("Межі вилучено.", "Межі не завантажено");
    }

    @Test
    void listsEveryProblemOfARefusedFileInUkrainianAndKeepsTheProperty() {
        byte[] file = BoundaryFiles.collection(
                BoundaryFiles.feature("kod", "UA0502", BoundaryFiles.square(28.4, 49.1, 0.1)),
                BoundaryFiles.feature("kod", BoundaryFiles.LVIV, "{\"type\":\"Point\",\"coordinates\":[24.0,49.8]}"));

        Browser.Page refused = upload(file, "kod");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("Файл не прийнято:",
                "Об’єкт 1: «UA0502» не є кодом КАТОТТГ громади",
                "Об’єкт 2 (UA46060250000025047) має тип Point",
                "value=\"kod\"");
        assertThat(browser.get("/admin/map").html()).contains("Межі не завантажено");
    }

    @Test
    void saysWhatIsWrongWithAFileThatIsNotGeoJson() {
        Browser.Page malformed = upload("%PDF-1.4".getBytes(StandardCharsets.UTF_8), "");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.html()).contains("Файл не є коректним JSON (рядок 1, позиція 1).");

        Browser.Page noFile = browser.send(HttpRequest.POST("/admin/map?_csrf=" + browser.csrfToken(),
                        MultipartBody.builder().addPart("file", "", MediaType.APPLICATION_OCTET_STREAM_TYPE, new byte[0])
                                .addPart("property", "").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.html()).contains("Виберіть файл меж для завантаження.");
    }

    private Browser.Page upload(byte[] file, String property) {
        return browser.send(HttpRequest.POST("/admin/map?_csrf=" + browser.csrfToken(), MultipartBody.builder()
                        .addPart("file", "hromadas.geojson", MediaType.APPLICATION_JSON_TYPE, file)
                        .addPart("property", property).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
