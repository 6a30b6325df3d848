package ua.fakh.web.learn;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.browser.SessionCookies;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LearnPagesIT extends PageTest {
    LearnWorld world;
    String learner;

    @BeforeEach
    void world() {
        world = new LearnWorld(api);
        learner = world.newLearner();
        browser.signIn(learner, Api.PASSWORD);
    }

    @Test
    void catalogueFindsACourseByACyrillicWordInAnyCase() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);

        Browser.Page upper = browser.get("/courses?q=" + Browser.encode(world.word.toUpperCase()));
        Browser.Page lower = browser.get("/courses?q=" + Browser.encode(world.word.toLowerCase()));

        assertThat(upper.status()).isEqualTo(200);
        assertThat(upper.html()).contains("/courses/" + course.id()).contains("Курс " + world.word + " для фахівців")
                .contains("7.5 год").contains("0.25 ЄКТС").contains("Знайдено курсів: 1");
        assertThat(lower.html()).contains("/courses/" + course.id());
    }

    @Test
    void catalogueShowsTheEnglishTitleOnEnglishPagesAndFiltersByProvider() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);
        browser.get("/lang/en?next=/");

        Browser.Page page = browser.get("/courses?q=" + Browser.encode(world.word) + "&provider=" + world.provider);
        Browser.Page otherProvider = browser.get("/courses?q=" + Browser.encode(world.word) + "&provider=" + newProvider());

        assertThat(page.html()).contains("Self-help course " + world.word).contains("7.5 h").contains("/courses/" + course.id());
        assertThat(otherProvider.html()).doesNotContain("/courses/" + course.id()).contains("Courses found: 0");
    }

    @Test
    void coursePageShowsVolumeOutcomesTrainersAndTheOutline() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);

        Browser.Page page = browser.get("/courses/" + course.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("7.5 год").contains("0.25 ЄКТС").contains("Застосовує техніки самодопомоги")
                .contains("Стресостійкість").contains(world.trainerName).contains("Перший розділ")
                .contains("Дихальна вправа").contains("Аудіо").contains("обов’язковий").contains("Записатися");
    }

    @Test
    void aLearnerEnrollsInAnOpenCourseAndSeesProgress() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);

        Browser.Page enrolled = browser.post("/courses/" + course.id() + "/enrol", Map.of());
        Browser.Page page = browser.get(enrolled.location());

        assertThat(enrolled.status()).isEqualTo(303);
        assertThat(page.html()).contains("Вас зараховано").contains("Прогрес: 0%").contains("Почати навчання")
                .contains("href=\"" + course.path("content_markdown") + "\"");
    }

    @Test
    void aWrongKeyIsRefusedWithAReasonAndTheRightKeyEnrolls() {
        LearnWorld.Course course = world.publishedCourse("KEY", "ключ-2026");

        Browser.Page wrong = browser.post("/courses/" + course.id() + "/enrol", Map.of("key", "не той"));
        Browser.Page right = browser.post("/courses/" + course.id() + "/enrol", Map.of("key", "ключ-2026"));

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.html()).contains("Ключ для запису неправильний").contains("id=\"f-key\"");
        assertThat(right.status()).isEqualTo(303);
        assertThat(browser.get("/courses/" + course.id()).html()).contains("Прогрес: 0%");
    }

    @Test
    void aTrainerOnlyCourseSaysSoInsteadOfOfferingAButton() {
        LearnWorld.Course course = world.publishedCourse("TRAINER", null);

        Browser.Page page = browser.get("/courses/" + course.id());

        assertThat(page.html()).contains("На цей курс записує тренер").doesNotContain("/enrol\"");
    }

    @Test
    void everyLessonTypeRendersAndMarkdownLosesItsScript() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);
        browser.post("/courses/" + course.id() + "/enrol", Map.of());

        Browser.Page markdown = browser.get(course.path("content_markdown"));
        Browser.Page audio = browser.get(course.path("content_audio"));
        Browser.Page video = browser.get(course.path("content_video"));
        Browser.Page file = browser.get(course.path("content_file"));
        Browser.Page link = browser.get(course.path("content_link"));
        Browser.Page quiz = browser.get(course.path("content_quiz"));

        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.html()).contains("<strong>важливо</strong>").doesNotContain("<script>alert");
        assertThat(audio.html()).contains("<audio controls preload=\"metadata\" src=\"/materials/" + course.materials().get("audio") + "/content\"")
                .contains("<details class=\"transcript\"").contains("Вдихніть повільно").contains("вправа.wav")
                .contains("Позначити як виконаний").containsPattern("<script src=\"/assets/learn-media\\.[0-9a-f]{10}\\.js\" defer>");
        assertThat(markdown.html()).doesNotContain("learn-media.js");
        assertThat(browser.get("/static/learn-media.js").status()).isEqualTo(200);
        assertThat(video.html()).contains("<video controls preload=\"metadata\" src=\"/materials/" + course.materials().get("video") + "/content\"");
        assertThat(file.html()).contains("/materials/" + course.materials().get("pdf") + "/content?download=1").contains("посібник.pdf");
        assertThat(link.html()).contains("href=\"https://zakon.rada.gov.ua/laws/show/z0353-16\" rel=\"noopener noreferrer\" target=\"_blank\"")
                .contains("Державний стандарт ведення випадку");
        assertThat(quiz.html()).contains("href=\"/quiz/" + course.lesson("content_quiz") + "\"").doesNotContain("Позначити як виконаний");
        assertThat(String.join("", markdown.html(), audio.html(), video.html(), file.html(), link.html(), quiz.html()))
                .doesNotContain("/api/materials/");
    }

    @Test
    void theAudioTheLessonPlaysAnswersARangeRequestWithTheRightBytes() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);
        browser.post("/courses/" + course.id() + "/enrol", Map.of());
        String src = browser.get(course.path("content_audio")).find("<audio[^>]* src=\"([^\"]+)\"");

        HttpResponse<byte[]> partial = client.toBlocking().exchange(HttpRequest.GET(src)
                .header(HttpHeaders.RANGE, "bytes=0-99")
                .header(HttpHeaders.COOKIE, SessionCookies.NAME + "=" + browser.cookie(SessionCookies.NAME)), byte[].class);

        assertThat(partial.code()).isEqualTo(206);
        assertThat(partial.header(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 0-99/" + world.wav.length);
        assertThat(partial.body()).isEqualTo(Arrays.copyOf(world.wav, 100));
        assertThat(partial.header(HttpHeaders.CONTENT_TYPE)).startsWith("audio/");
    }

    @Test
    void someoneNotEnrolledGets403ForLessonsAndMaterials() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);

        Browser.Page lesson = browser.get(course.path("content_markdown"));
        int material;
        try {
            material = client.toBlocking().exchange(HttpRequest.GET("/materials/" + course.materials().get("audio") + "/content")
                    .header(HttpHeaders.COOKIE, SessionCookies.NAME + "=" + browser.cookie(SessionCookies.NAME))).code();
        } catch (HttpClientResponseException refused) {
            material = refused.code();
        }

        assertThat(lesson.status()).isEqualTo(403);
        assertThat(lesson.html()).contains("Доступ заборонено");
        assertThat(material).isEqualTo(403);
    }

    @Test
    void aCourseNeverPublishedIsNotFoundForLearners() {
        LearnWorld.Course draft = world.draft("OPEN", null);

        assertThat(browser.get("/courses/" + draft.id()).status()).isEqualTo(404);
        assertThat(browser.get(draft.path("content_markdown")).status()).isEqualTo(404);
    }

    @Test
    void markingDoneChangesProgressAndReadingTextDoesItByItself() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);
        browser.post("/courses/" + course.id() + "/enrol", Map.of());

        browser.get(course.path("content_markdown")); // text: done by reading
        Browser.Page marked = browser.post(course.path("content_audio") + "/done", Map.of());
        Browser.Page audio = browser.get(marked.location());

        assertThat(marked.status()).isEqualTo(303);
        assertThat(audio.html()).contains("✓ виконано").doesNotContain("Позначити як виконаний");
        // 2 of 5 lessons counted (the quiz is a post-test, done by passing it; all six are required)
        String progress = browser.get("/courses/" + course.id()).find("Прогрес: (\\d+)%");
        assertThat(Integer.parseInt(progress)).isGreaterThan(0);
        assertThat(browser.get("/courses/" + course.id()).html()).contains("Продовжити з місця зупинки")
                .contains("href=\"" + course.path("content_video") + "\"");
    }

    @Test
    void previousAndNextLeadThroughTheLessonsAcrossSections() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);
        browser.post("/courses/" + course.id() + "/enrol", Map.of());

        Browser.Page first = browser.get(course.path("content_markdown"));
        Browser.Page lastOfFirstSection = browser.get(course.path("content_audio"));
        Browser.Page last = browser.get(course.path("content_quiz"));

        assertThat(first.html()).doesNotContain("rel=\"prev\"").contains("href=\"" + course.path("content_audio") + "\" rel=\"next\"");
        assertThat(lastOfFirstSection.html()).contains("href=\"" + course.path("content_markdown") + "\" rel=\"prev\"")
                .contains("href=\"" + course.path("content_video") + "\" rel=\"next\"");
        assertThat(last.html()).contains("href=\"" + course.path("content_link") + "\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"").contains("rel=\"up\"");
    }

    @Test
    void myLearningListsEnrollmentsWithProgressAndAWayBackIn() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);
        browser.post("/courses/" + course.id() + "/enrol", Map.of());
        browser.get(course.path("content_markdown"));

        Browser.Page page = browser.get("/learning");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Курс " + world.word + " для фахівців").contains("Навчається")
                .contains("href=\"" + course.path("content_audio") + "\"").doesNotContain("Прогрес: 0%");
    }

    @Test
    void theCourseTrainerReadsLessonsWithoutEnrolling() {
        LearnWorld.Course course = world.publishedCourse("OPEN", null);
        try (Browser trainer = new Browser(server)) {
            String email = (String) Api.body(api.get(world.trainer, "/api/me")).get("email");
            trainer.signIn(email, Api.PASSWORD);

            assertThat(trainer.get(course.path("content_video")).status()).isEqualTo(200);
            assertThat(trainer.get("/courses/" + course.id()).html()).contains("Ви тренер цього курсу");
        }
    }
}
