package ua.fakh.web.learn.offline;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /courses/{id}/offline.json} as the course page's script reads it with the session cookie: every
 * page of the published version with an estimated size near the real one, the lessons' files with their
 * exact sizes (audio and video apart), the quiz, and a version that follows publication; refused to whoever
 * is not enrolled (the access matrix tries the rest).
 */
@MicronautTest(transactional = false)
class OfflineManifestIT extends PageTest {
    @Inject
    ObjectMapper json;

    LearnWorld world;
    LearnWorld.Course course;
    String learner;

    @BeforeEach
    void world() {
        world = new LearnWorld(api);
        course = world.publishedCourse("OPEN", null);
        learner = world.newLearner();
        assertThat(api.post(api.login(learner, Api.PASSWORD), "/api/courses/" + course.id() + "/enrollments", Map.of()).code())
                .isEqualTo(201);
    }

    @Test
    void listsEveryPageFileAndQuizOfThePublishedVersionWithTheirSizes() {
        browser.signIn(learner, Api.PASSWORD);

        Map<String, Object> manifest = manifest();

        String base = "/courses/" + course.id();
        assertThat(manifest).containsEntry("courseId", course.id().toString()).containsEntry("version", 1)
                .containsEntry("title", "Курс " + world.word + " для фахівців");
        List<Map<String, Object>> pages = list(manifest, "pages");
        assertThat(pages).extracting(p -> p.get("url")).containsExactly(base, course.path("content_markdown"),
                course.path("content_audio"), course.path("content_video"), course.path("content_file"),
                course.path("content_link"), course.path("content_quiz"), "/quiz/" + course.lesson("content_quiz"));
        assertThat(pages).extracting(p -> p.get("kind"))
                .containsExactly("course", "lesson", "lesson", "lesson", "lesson", "lesson", "lesson", "quiz");
        assertThat(pages.get(1)).containsEntry("title", "Що таке стрес").containsEntry("lessonId", course.lesson("content_markdown").toString());

        List<Map<String, Object>> files = list(manifest, "files");
        long wav = LearnWorld.wav().length;
        long pdf = LearnWorld.pdf().length;
        assertThat(files).containsExactlyInAnyOrder(
                file(course.materials().get("audio"), wav, course.lesson("content_audio"), true),
                file(course.materials().get("video"), videoSize(), course.lesson("content_video"), true),
                file(course.materials().get("pdf"), pdf, course.lesson("content_file"), false));
        assertThat(number(manifest, "mediaBytes")).isEqualTo(wav + videoSize());
        long pageBytes = pages.stream().mapToLong(p -> ((Number) p.get("bytes")).longValue()).sum();
        assertThat(number(manifest, "totalBytes")).as("pages, the style sheet and scripts, the PDF; no media")
                .isGreaterThan(pageBytes + pdf).isLessThan(pageBytes + pdf + 100_000);
        assertThat(list(manifest, "quizzes")).containsExactly(
                Map.of("lessonId", course.lesson("content_quiz").toString(), "title", "Підсумковий тест", "offline", false));

        for (Map<String, Object> page : pages) { // estimates within a factor of two of what the pages weigh now
            Browser.Page real = browser.get((String) page.get("url"));
            long realBytes = real.html().getBytes(StandardCharsets.UTF_8).length;
            long estimate = ((Number) page.get("bytes")).longValue();
            System.out.printf("offline.json estimate %6d B, page %6d B: %s%n", estimate, realBytes, page.get("url"));
            assertThat(real.status()).isEqualTo(200);
            assertThat(estimate).as("%s", page.get("url")).isBetween(realBytes / 2, realBytes * 2);
        }
    }

    @Test
    void titlesFollowThePageLanguage() {
        browser.signIn(learner, Api.PASSWORD);
        browser.get("/lang/en?next=/");

        assertThat(manifest()).containsEntry("title", "Self-help course " + world.word);
    }

    @Test
    void theVersionChangesWhenTheTrainerPublishesAgain() {
        browser.signIn(learner, Api.PASSWORD);
        assertThat(manifest()).containsEntry("version", 1);

        assertThat(api.post(world.trainer, "/api/courses/" + course.id() + "/publish", Map.of()).code()).isEqualTo(200);

        assertThat(manifest()).containsEntry("version", 2);
    }

    @Test
    void storingALessonForOfflineIsNotReadingIt() {
        browser.signIn(learner, Api.PASSWORD);
        String progress = "<progress max=\"100\" value=\"(\\d+)\"";

        Browser.Page stored = browser.send(HttpRequest.GET(course.path("content_markdown")).header("X-Fakh-Download", "offline"));
        String afterDownload = browser.get("/courses/" + course.id()).find(progress);
        browser.get(course.path("content_markdown"));
        String afterReading = browser.get("/courses/" + course.id()).find(progress);

        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.html()).contains("Текст уроку");
        assertThat(afterDownload).isEqualTo("0");
        assertThat(Integer.parseInt(afterReading)).isPositive();
    }

    @Test
    void refusesWhoeverIsNotEnrolled() {
        browser.signIn(world.newLearner(), Api.PASSWORD);
        Browser.Page notEnrolled = get();
        Browser trainer = new Browser(server);
        trainer.signIn(trainerEmail(), Api.PASSWORD);
        Browser.Page courseTrainer = trainer.send(HttpRequest.GET("/courses/" + course.id() + "/offline.json")
                .accept(MediaType.APPLICATION_JSON_TYPE));
        trainer.close();
        Browser anonymous = new Browser(server);
        Browser.Page signedOut = anonymous.send(HttpRequest.GET("/courses/" + course.id() + "/offline.json")
                .accept(MediaType.APPLICATION_JSON_TYPE));
        anonymous.close();

        assertThat(notEnrolled.status()).isEqualTo(403);
        assertThat(notEnrolled.html()).contains("записані на нього слухачі");
        assertThat(courseTrainer.status()).isEqualTo(403);
        assertThat(signedOut.status()).isEqualTo(401);
    }

    private String trainerEmail() {
        return (String) api.get(world.trainer, "/api/me").body().get("email");
    }

    private Browser.Page get() {
        return browser.send(HttpRequest.GET("/courses/" + course.id() + "/offline.json").accept(MediaType.APPLICATION_JSON_TYPE));
    }

    private Map<String, Object> manifest() {
        Browser.Page page = get();
        assertThat(page.status()).as(page.html()).isEqualTo(200);
        assertThat(page.headers().get("Cache-Control")).isEqualTo("no-store");
        try {
            return json.readValue(page.html(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> file(Object materialId, long bytes, Object lessonId, boolean media) {
        return Map.of("url", "/materials/" + materialId + "/content", "bytes", (int) bytes, "lessonId", lessonId.toString(),
                "media", media);
    }

    private static long videoSize() {
        try (var in = LearnWorld.class.getResourceAsStream("/demo/case-conference.mp4")) {
            return in.readAllBytes().length;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> manifest, String key) {
        return (List<Map<String, Object>>) manifest.get(key);
    }

    private static long number(Map<String, Object> manifest, String key) {
        return ((Number) manifest.get(key)).longValue();
    }
}
