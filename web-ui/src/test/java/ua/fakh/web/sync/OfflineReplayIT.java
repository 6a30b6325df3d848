package ua.fakh.web.sync;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the outbox replays through: the session's CSRF token for queued work, and a lesson read offline. */
@MicronautTest(transactional = false)
class OfflineReplayIT extends PageTest {
    LearnWorld world;
    String learner;
    LearnWorld.Course course;

    @BeforeEach
    void world() {
        world = new LearnWorld(api);
        learner = world.newLearner();
        course = world.publishedCourse("OPEN", null);
        browser.signIn(learner, Api.PASSWORD);
    }

    @Test
    void theSessionTokenIsTheOneItsPagesCarryNamesThePersonAndIsNeverCached() {
        Browser.Page json = csrf(browser);

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith(MediaType.APPLICATION_JSON);
        assertThat(json.headers().get(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(json.find("\"token\":\"([^\"]+)\"")).isEqualTo(browser.get("/profile").find("name=\"_csrf\" value=\"([^\"]+)\""));
        assertThat(json.find("\"userId\":\"([^\"]+)\"")).isEqualTo(userId(learner).toString());
    }

    @Test
    void aFormReplayedWithTheSessionTokenIsAccepted() {
        browser.post("/courses/" + course.id() + "/enrol", Map.of());
        String token = csrf(browser).find("\"token\":\"([^\"]+)\"");

        Browser.Page done = browser.postWithoutToken(course.path("content_audio") + "/done", Map.of("_csrf", token));

        assertThat(done.status()).isEqualTo(303);
        assertThat(lessonDone(learner, "content_audio")).isTrue();
    }

    @Test
    void anonymousPeopleGet401NotTheSignInPage() {
        try (Browser anonymous = new Browser(server)) {
            Browser.Page json = csrf(anonymous);

            assertThat(json.status()).isEqualTo(401);
            assertThat(json.html()).doesNotContain("_csrf");
        }
    }

    @Test
    void aTextLessonReadOfflineCountsOnceReplayedAndTwiceChangesNothing() {
        browser.post("/courses/" + course.id() + "/enrol", Map.of());

        Browser.Page first = browser.post(course.path("content_markdown") + "/opened", Map.of());
        Browser.Page again = browser.post(course.path("content_markdown") + "/opened", Map.of());

        assertThat(first.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(lessonDone(learner, "content_markdown")).isTrue();
        assertThat(lessonsDone(learner)).isEqualTo(1);
    }

    @Test
    void openingALessonTheLearnerTicksDoesNotMarkItDone() {
        browser.post("/courses/" + course.id() + "/enrol", Map.of());

        Browser.Page opened = browser.post(course.path("content_audio") + "/opened", Map.of());

        assertThat(opened.status()).isEqualTo(204);
        assertThat(lessonDone(learner, "content_audio")).isFalse();
    }

    @Test
    void someoneNotEnrolledOrAnotherCoursesLessonIsRefused() {
        Browser.Page notEnrolled = browser.post(course.path("content_markdown") + "/opened", Map.of());
        browser.post("/courses/" + course.id() + "/enrol", Map.of());
        LearnWorld.Course other = world.publishedCourse("OPEN", null);
        Browser.Page wrongCourse = browser.post("/courses/" + course.id() + "/lessons/" + other.lesson("content_markdown") + "/opened", Map.of());
        Browser.Page withoutToken = browser.postWithoutToken(course.path("content_markdown") + "/opened", Map.of());

        assertThat(notEnrolled.status()).isEqualTo(403);
        assertThat(wrongCourse.status()).isIn(403, 404);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(lessonsDone(learner)).isZero();
    }

    private static Browser.Page csrf(Browser someone) {
        return someone.send(HttpRequest.GET("/session/csrf").accept(MediaType.APPLICATION_JSON_TYPE));
    }

    private boolean lessonDone(String email, String type) {
        return lessons(email).stream().anyMatch(l -> l.get("lessonId").equals(course.lesson(type).toString())
                && Boolean.TRUE.equals(l.get("done")));
    }

    private long lessonsDone(String email) {
        return lessons(email).stream().filter(l -> Boolean.TRUE.equals(l.get("done"))).count();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lessons(String email) {
        return (List<Map<String, Object>>) enrollment(email).get("lessons");
    }

    private Map<String, Object> enrollment(String email) {
        String token = api.login(email, Api.PASSWORD);
        List<Map<String, Object>> mine = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        UUID courseId = course.id();
        return mine.stream().filter(e -> courseId.toString().equals(e.get("courseId"))).findFirst().orElseThrow();
    }
}
