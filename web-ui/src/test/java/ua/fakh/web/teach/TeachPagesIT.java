package ua.fakh.web.teach;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.security.Caller;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.content.Materials;
import ua.fakh.web.learn.LearnWorld;
import ua.fakh.web.browser.SessionCookies;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer builds a course through the pages alone — description, a section, a lesson of every
 * type, a PDF with a Cyrillic name and an audio file — previews, publishes, exports, imports the
 * package back as a new draft, and archives; refused input comes back readable; other people get 403.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.materials.max-document-bytes", value = "100KB")
class TeachPagesIT extends PageTest {
    private static final String ID = "([0-9a-f-]{36})";

    @Inject
    Materials materials;

    String trainer;

    @BeforeEach
    void signIn() {
        trainer = newUser("Оксана Тренерка", "TRAINER");
        browser.signIn(trainer, Api.PASSWORD);
    }

    @Test
    void aTrainerBuildsPublishesExportsImportsAndArchivesACourse() {
        String title = Api.unique("Курс самодопомоги");
        UUID course = createCourse(title);

        Browser.Page invalid = browser.post("/teach/courses/" + course, courseForm(title, "2.25"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.html()).contains("Введіть обсяг у цілих або пів годинах").contains("aria-invalid=\"true\"")
                .contains("value=\"2.25\"");
        assertThat(browser.post("/teach/courses/" + course, courseForm(title, "7.5")).status()).isEqualTo(303);

        assertThat(browser.post("/teach/courses/" + course + "/sections", Map.of("title", "Перший розділ")).status()).isEqualTo(303);
        Browser.Page editor = editor(course);
        UUID section = UUID.fromString(editor.find("id=\"section-" + ID + "\""));
        assertThat(editor.html()).contains("Перший розділ").contains("7.5");

        assertThat(upload(course, "посібник.pdf", "application/pdf", LearnWorld.pdf()).status()).isEqualTo(303);
        assertThat(upload(course, "вправа.wav", "audio/wav", LearnWorld.wav()).status()).isEqualTo(303);
        editor = editor(course);
        UUID pdf = UUID.fromString(editor.find("/materials/" + ID + "/content\\?download=true\">посібник.pdf"));
        UUID wav = UUID.fromString(editor.find("/materials/" + ID + "/content\\?download=true\">вправа.wav"));

        Map<String, Map<String, Object>> lessons = new LinkedHashMap<>();
        lessons.put("content_markdown", Map.of("c.markdown", "## Стрес\n\nТекст **важливо**"));
        lessons.put("content_video", Map.of("c.url", "https://example.org/conference.mp4", "c.transcript", "Засідання."));
        lessons.put("content_audio", Map.of("c.materialId", wav.toString(), "c.transcript", "Вдихніть повільно."));
        lessons.put("content_file", Map.of("c.materialId", pdf.toString(), "c.description", "Посібник для фахівців"));
        lessons.put("content_link", Map.of("c.url", "https://zakon.rada.gov.ua/laws/show/z0353-16"));
        lessons.put("content_quiz", Map.of("c.category", "Тест", "c.int.randomCount", "1", "c.int.passingScorePercent", "70",
                "c.role", "POST_TEST", "c.grading", "HIGHEST", "c.showAnswers", "AFTER_SUBMIT"));
        lessons.forEach((type, content) -> {
            assertThat(browser.get("/teach/courses/" + course + "/lessons/new?section=" + section + "&type=" + type).status())
                    .as("form of " + type).isEqualTo(200);
            Browser.Page saved = addLesson(course, section, type, "Урок " + type, content);
            assertThat(saved.status()).as(type + ": " + saved.html()).isEqualTo(303);
        });
        editor = editor(course);
        String outline = editor.html();
        lessons.keySet().forEach(type -> assertThat(outline).contains("Урок " + type));
        UUID audioLesson = UUID.fromString(editor.find("href=\"/teach/courses/" + course + "/lessons/" + ID + "\">Урок content_audio"));
        assertThat(browser.get("/teach/courses/" + course + "/lessons/" + audioLesson).html())
                .contains("<option value=\"" + wav + "\" selected>вправа.wav");

        assertThat(browser.post("/teach/courses/" + course + "/publish", Map.of()).location()).endsWith("notice=published");
        assertThat(editor(course).html()).contains("Опубліковано").contains("опублікована версія 1");

        byte[] zip = download("/teach/courses/" + course + "/export");
        assertThat(zip).startsWith('P', 'K');
        Browser.Page imported = browser.send(multipart("/teach/import", "курс.zip", "application/zip", zip));
        assertThat(imported.status()).as(imported.html()).isEqualTo(303);
        UUID copy = UUID.fromString(imported.location().replaceAll(".*/teach/courses/" + ID + "\\?.*", "$1"));
        assertThat(copy).isNotEqualTo(course);
        Browser.Page copyEditor = editor(copy);
        assertThat(copyEditor.html()).contains("Чернетка").contains(title).contains("Урок content_quiz").contains("посібник.pdf");

        assertThat(browser.post("/teach/courses/" + course + "/archive", Map.of()).location()).endsWith("notice=archived");
        Browser.Page list = browser.get("/teach");
        assertThat(list.html()).contains("В архіві").contains("Чернетка").contains("/teach/courses/" + copy);
    }

    @Test
    void uploadsThatAreTooLargeOrExecutableAreRefusedReadablyAndNothingIsStored() {
        UUID course = createCourse(Api.unique("Курс"));

        Browser.Page tooLarge = upload(course, "великий.pdf", "application/pdf", padded(LearnWorld.pdf(), 200 * 1024));
        Browser.Page executable = upload(course, "програма.pdf", "application/pdf", exe());

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.html()).contains("Файл завеликий: документи — до 100 КБ").contains("Нічого не збережено");
        assertThat(executable.status()).isEqualTo(415);
        assertThat(executable.html()).contains("Файли такого типу не можуть бути матеріалами курсу");
        assertThat(materials.list(course, Caller.system())).isEmpty();
    }

    @Test
    void thePreviewRendersMarkdownWithoutScriptsAndAWrongLessonIsExplained() {
        UUID course = createCourse(Api.unique("Курс"));
        browser.post("/teach/courses/" + course + "/sections", Map.of("title", "Розділ"));
        UUID section = UUID.fromString(editor(course).find("id=\"section-" + ID + "\""));
        Map<String, Object> form = Map.of("_csrf", browser.csrfToken(), "sectionId", section, "type", "content_markdown", "title", "Урок",
                "c.markdown", "Текст **важливо** <script>alert('x')</script> [лінк](javascript:alert(1))");

        Browser.Page fragment = browser.send(HttpRequest.POST("/teach/courses/" + course + "/lessons/preview", encode(form))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("HX-Request", "true"));
        Browser.Page page = browser.post("/teach/courses/" + course + "/lessons/preview", form);
        Browser.Page badLink = addLesson(course, section, "content_link", "Посилання", Map.of("c.url", "javascript:alert(1)"));

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.html()).contains("<strong>важливо</strong>").doesNotContain("<script").doesNotContain("javascript:")
                .doesNotContain("<html");
        assertThat(page.html()).contains("<strong>важливо</strong>").contains("<html").doesNotContain("<script>alert");
        assertThat(badLink.status()).isEqualTo(422);
        assertThat(badLink.html()).contains("має бути адресою http або https").contains("value=\"javascript:alert(1)\"");
    }

    @Test
    void sectionsAndLessonsMoveUpAndDown() {
        UUID course = createCourse(Api.unique("Курс"));
        browser.post("/teach/courses/" + course + "/sections", Map.of("title", "Розділ А"));
        browser.post("/teach/courses/" + course + "/sections", Map.of("title", "Розділ Б"));
        UUID second = UUID.fromString(editor(course).find("id=\"section-" + ID + "\">\\s*<div class=\"teach-section-head\">\\s*<h3>Розділ Б"));

        browser.post("/teach/courses/" + course + "/sections/" + second + "/move", Map.of("direction", "up"));
        addLesson(course, second, "content_markdown", "Урок 1", Map.of("c.markdown", "один"));
        addLesson(course, second, "content_markdown", "Урок 2", Map.of("c.markdown", "два"));
        UUID lesson2 = UUID.fromString(editor(course).find("/lessons/" + ID + "\">Урок 2"));
        browser.post("/teach/courses/" + course + "/lessons/" + lesson2 + "/move", Map.of("direction", "up"));

        String html = editor(course).html();
        assertThat(html.indexOf("Розділ Б")).isLessThan(html.indexOf("Розділ А"));
        assertThat(html.indexOf("Урок 2")).isLessThan(html.indexOf("Урок 1"));
    }

    @Test
    void aBrokenPackageIsRefusedWithItsProblemsListed() {
        Browser.Page refused = browser.send(multipart("/teach/import", "курс.zip", "application/zip",
                "not a zip at all".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.status()).isBetween(400, 499);
        assertThat(refused.html()).contains("Імпорт пакета курсу").containsAnyOf("Пакет не імпортовано", "Завантаження перервалося");
    }

    @Test
    void anotherTrainerAndALearnerAreRefused() {
        UUID course = createCourse(Api.unique("Курс"));
        String other = newUser("Інший Тренер", "TRAINER");
        String learner = newUser("Ірина Слухачка", "LEARNER");

        try (Browser otherBrowser = new Browser(server); Browser learnerBrowser = new Browser(server)) {
            otherBrowser.signIn(other, Api.PASSWORD);
            learnerBrowser.signIn(learner, Api.PASSWORD);

            assertThat(otherBrowser.get("/teach/courses/" + course).status()).isEqualTo(403);
            assertThat(otherBrowser.post("/teach/courses/" + course + "/sections", Map.of("title", "Чужий")).status()).isEqualTo(403);
            assertThat(otherBrowser.get("/teach/courses/" + course + "/export").status()).isEqualTo(403);
            Browser.Page forbidden = learnerBrowser.get("/teach");
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.html()).contains("<html");
        }
        assertThat(editor(course).html()).doesNotContain("Чужий");
    }

    private UUID createCourse(String title) {
        assertThat(browser.get("/teach/courses/new").html()).contains("Новий курс");
        Browser.Page created = browser.post("/teach/courses", courseForm(title, "6"));
        assertThat(created.status()).as(created.html()).isEqualTo(303);
        return UUID.fromString(created.location().replaceAll(".*/teach/courses/" + ID + "\\?.*", "$1"));
    }

    private Map<String, Object> courseForm(String title, String hours) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("titleEn", "Self-help");
        form.put("summary", "Курс самодопомоги та стресостійкості");
        form.put("outcomes", "Застосовує техніки самодопомоги\nРозпізнає ознаки вигорання");
        form.put("competences", "Стресостійкість");
        form.put("hours", hours);
        form.put("language", "uk");
        form.put("providerId", users.findByEmail(trainer).orElseThrow().organizationId());
        form.put("tags", "самодопомога, стрес");
        form.put("enrollmentPolicy", "OPEN");
        return form;
    }

    private Browser.Page editor(UUID course) {
        Browser.Page page = browser.get("/teach/courses/" + course);
        assertThat(page.status()).as(page.html()).isEqualTo(200);
        return page;
    }

    private Browser.Page addLesson(UUID course, UUID section, String type, String title, Map<String, Object> content) {
        Map<String, Object> form = new LinkedHashMap<>(content);
        form.put("sectionId", section);
        form.put("type", type);
        form.put("title", title);
        form.put("required", "true");
        return browser.post("/teach/courses/" + course + "/lessons", form);
    }

    private Browser.Page upload(UUID course, String filename, String mediaType, byte[] bytes) {
        return browser.send(multipart("/teach/courses/" + course + "/materials", filename, mediaType, bytes));
    }

    private io.micronaut.http.MutableHttpRequest<?> multipart(String path, String filename, String mediaType, byte[] bytes) {
        MultipartBody body = MultipartBody.builder().addPart("file", filename, MediaType.of(mediaType), bytes).build();
        return HttpRequest.POST(path + "?_csrf=" + browser.csrfToken(), body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    /** Bytes the page browser would turn into text: fetched with the same session cookie. */
    private byte[] download(String path) {
        HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.GET(path)
                .cookie(Cookie.of(SessionCookies.NAME, browser.cookie(SessionCookies.NAME))), byte[].class);
        assertThat(response.getHeaders().get(HttpHeaders.CONTENT_TYPE)).startsWith("application/zip");
        return response.body();
    }

    private static byte[] padded(byte[] start, int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    /** The first bytes of a Windows program: refused whatever its name says. */
    private static byte[] exe() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    private static String encode(Map<String, ?> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
        return body.toString();
    }
}
