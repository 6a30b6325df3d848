package ua.fakh.web.teach;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.page.ContentSecurityPolicy;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Video and document lessons as trainers make them: a YouTube or Vimeo page plays in the site's
 * privacy-enhanced player, framed on that lesson's page only; any other web page is refused with a
 * reason in the trainer's language; a document lesson without its file does not save.
 */
@MicronautTest(transactional = false)
class MediaLessonsIT extends PageTest {
    String trainerEmail;
    String trainer;
    UUID course;
    UUID section;

    @BeforeEach
    void aCourse() {
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Навчальний центр"), "PROVIDER", null));
        trainerEmail = (String) api.createUser(admin, "Відео Тренерка", provider, "TRAINER").get("email");
        trainer = api.login(trainerEmail, Api.PASSWORD);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Курс із відео");
        body.put("summary", "Вебінари");
        body.put("hours", 1);
        body.put("outcomes", List.of("Знає зміст вебінару"));
        body.put("language", "uk");
        body.put("providerId", provider.toString());
        course = Api.id(api.post(trainer, "/api/courses", body).body());
        section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
    }

    @Test
    void youtubeAndVimeoPagesPlayInTheirPrivacyEnhancedPlayerFramedOnThatLessonOnly() {
        UUID youtube = video("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s").join();
        UUID shortLink = video("https://youtu.be/dQw4w9WgXcQ").join();
        UUID vimeo = video("https://vimeo.com/76979871").join();
        UUID file = video("https://media.example.org/webinar.mp4").join();
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        browser.signIn(trainerEmail, Api.PASSWORD);

        Browser.Page youtubePage = lessonPage(youtube);
        assertThat(youtubePage.html()).contains("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"")
                .contains("title=\"Відеопрогравач (YouTube)\"").doesNotContain("<video");
        assertThat(youtubePage.headers().get(ContentSecurityPolicy.HEADER))
                .contains("frame-src https://www.youtube-nocookie.com;").contains("media-src 'self';");
        assertThat(lessonPage(shortLink).html()).contains("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");

        Browser.Page vimeoPage = lessonPage(vimeo);
        assertThat(vimeoPage.html()).contains("<iframe src=\"https://player.vimeo.com/video/76979871?dnt=1\"");
        assertThat(vimeoPage.headers().get(ContentSecurityPolicy.HEADER)).contains("frame-src https://player.vimeo.com;");

        Browser.Page filePage = lessonPage(file);
        assertThat(filePage.html()).contains("<video").doesNotContain("<iframe");
        assertThat(filePage.headers().get(ContentSecurityPolicy.HEADER)).contains("frame-src 'none'")
                .contains("media-src 'self' https://media.example.org;");
    }

    @Test
    void anotherWebPageIsRefusedAsAVideoWithAReasonInTheCallersLanguage() {
        Lesson page = video("https://www.example.org/news/webinar-recording");
        Lesson channel = video("https://www.youtube.com/@SocialWork");

        for (Lesson refused : List.of(page, channel)) {
            assertThat(refused.response.code()).isEqualTo(422);
            assertThat(Api.body(refused.response).toString()).contains("content.url")
                    .contains("це вебсторінка, а не відеофайл");
        }

        browser.signIn(trainerEmail, Api.PASSWORD);
        Browser.Page form = browser.post("/teach/courses/" + course + "/lessons", Map.of("sectionId", section, "type",
                "content_video", "title", "Вебінар", "c.url", "https://www.example.org/news/webinar-recording"));
        assertThat(form.status()).isEqualTo(422);
        assertThat(form.html()).contains("це вебсторінка, а не відеофайл").contains("aria-invalid=\"true\"");
        assertThat(api.get(trainer, "/api/courses/" + course).body().toString()).contains("lessons=[]");

    }

    @Test
    void aDocumentLessonWithoutItsFileDoesNotSave() {
        HttpResponse<Map<String, Object>> api422 = api.post(trainer, "/api/sections/" + section + "/lessons",
                Map.of("title", "Посібник", "type", "content_file", "content", Map.of("description", "Прочитайте")));
        assertThat(api422.code()).isEqualTo(422);
        assertThat(Api.body(api422).toString()).contains("content.materialId").contains("обов’язкове поле");

        browser.signIn(trainerEmail, Api.PASSWORD);
        Browser.Page form = browser.post("/teach/courses/" + course + "/lessons", Map.of("sectionId", section, "type",
                "content_file", "title", "Посібник", "c.materialId", "", "c.description", "Прочитайте"));
        assertThat(form.status()).isEqualTo(422);
        assertThat(form.html()).contains("aria-invalid=\"true\"").contains("value=\"Посібник\"");
        assertThat(api.get(trainer, "/api/courses/" + course).body().toString()).contains("lessons=[]");
    }

    private record Lesson(HttpResponse<Map<String, Object>> response) {
        UUID join() {
            assertThat(response.code()).as(Api.body(response).toString()).isEqualTo(201);
            return Api.id(response.body());
        }
    }

    private Lesson video(String url) {
        return new Lesson(api.post(trainer, "/api/sections/" + section + "/lessons",
                Map.of("title", "Відео " + url.hashCode(), "type", "content_video", "content", Map.of("url", url))));
    }

    private Browser.Page lessonPage(UUID lesson) {
        Browser.Page page = browser.get("/courses/" + course + "/lessons/" + lesson);
        assertThat(page.status()).as(page.html()).isEqualTo(200);
        return page;
    }
}
