package ua.fakh.web.notices;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A course names the course that renews its certificate: through the API and the course settings page, refused when wrong, for its trainers only. */
@MicronautTest(transactional = false)
class RenewalCourseIT extends PageTest {
    NoticeWorld world;
    UUID refresher;

    @BeforeEach
    void setUp() {
        world = new NoticeWorld(api, 12);
        refresher = course("Поновлення знань", true);
    }

    private UUID course(String title, boolean publish) {
        UUID id = Api.id(api.post(world.trainer, "/api/courses", Map.of("title", title, "titleEn", "Refresher", "summary", "Курс",
                "hours", 4, "outcomes", List.of("Памʼятає"), "language", "uk", "providerId", world.provider.toString())).body());
        UUID section = Api.id(api.post(world.trainer, "/api/courses/" + id + "/sections", Map.of("title", "Розділ")).body());
        api.post(world.trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст")));
        if (publish) {
            assertThat(api.post(world.trainer, "/api/courses/" + id + "/publish", Map.of()).code()).isEqualTo(200);
        }
        return id;
    }

    private HttpResponse<Map<String, Object>> put(String token, UUID course, Object renewal) {
        Map<String, Object> body = new HashMap<>();
        body.put("renewalCourseId", renewal);
        return api.put(token, "/api/courses/" + course + "/renewal", body);
    }

    private static String refusedField(HttpResponse<Map<String, Object>> response) {
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).contains("problem+json"));
        return Api.body(response).get("errors").toString();
    }

    @Test
    void theApiSetsAndClearsAPublishedRenewalCourseAndRefusesAnythingElse() {
        String renewal = "/api/courses/" + world.course + "/renewal";
        assertThat(api.get(world.trainer, renewal).body()).containsEntry("renewalCourseId", null);

        assertThat(refusedField(put(world.trainer, world.course, world.course.toString()))).contains("renewalCourseId");
        assertThat(refusedField(put(world.trainer, world.course, course("Чернетка", false).toString()))).contains("renewalCourseId");
        assertThat(refusedField(put(world.trainer, world.course, UUID.randomUUID().toString()))).contains("renewalCourseId");
        assertThat(put(world.trainer, world.course, "not-a-course").code()).isEqualTo(400);
        assertThat(put(world.trainer, world.course, "bad\u0000id").code()).isEqualTo(400);
        assertThat(api.exchange(Api.authorised(HttpRequest.PUT(renewal, "{").contentType(MediaType.APPLICATION_JSON_TYPE),
                world.trainer)).code()).isEqualTo(400);
        assertThat(put(world.trainer, UUID.randomUUID(), refresher.toString()).code()).isEqualTo(404);

        String learner = api.login((String) api.createUser(world.admin, "Слухачка", world.hromada, "LEARNER").get("email"), Api.PASSWORD);
        String otherTrainer = api.login((String) api.createUser(world.admin, "Інша тренерка", world.provider, "TRAINER").get("email"),
                Api.PASSWORD);
        for (String refused : List.of(learner, world.hr, otherTrainer)) {
            assertThat(put(refused, world.course, refresher.toString()).code()).isEqualTo(403);
            assertThat(api.get(refused, renewal).code()).isEqualTo(403);
        }
        assertThat(put(null, world.course, refresher.toString()).code()).isEqualTo(401);

        Map<String, Object> set = put(world.trainer, world.course, refresher.toString()).body();
        assertThat(set).containsEntry("renewalCourseId", refresher.toString());
        assertThat(set.get("renewalCourse").toString()).contains("Поновлення знань").contains("Refresher");
        assertThat(put(world.admin, world.course, refresher.toString()).code()).isEqualTo(200);
        // a renewal course that leaves the catalogue stays named, but is no longer offered
        assertThat(api.post(world.trainer, "/api/courses/" + refresher + "/archive", Map.of()).code()).isEqualTo(200);
        assertThat(api.get(world.trainer, renewal).body()).containsEntry("renewalCourseId", refresher.toString())
                .containsEntry("renewalCourse", null);
        assertThat(put(world.trainer, world.course, null).body()).containsEntry("renewalCourseId", null);
    }

    @Test
    void theCourseSettingsPageChoosesAmongPublishedCourses() {
        browser.signIn(trainerEmail(), Api.PASSWORD);
        String page = "/teach/courses/" + world.course + "/renewal";
        Browser.Page form = browser.get(page);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("value=\"" + refresher + "\"").doesNotContain("value=\"" + world.course + "\"");
        assertThat(browser.get("/teach/courses/" + world.course).html()).contains("href=\"" + page + "\"");

        Browser.Page refused = browser.post(page, Map.of("renewalCourseId", "not-a-course"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("не є опублікованим курсом");
        Browser.Page itself = browser.post(page, Map.of("renewalCourseId", world.course.toString()));
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.html()).contains("курс не може поновлювати власний сертифікат");

        Browser.Page saved = browser.post(page, Map.of("renewalCourseId", refresher.toString()));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(page + "?saved=1");
        assertThat(api.get(world.trainer, "/api/courses/" + world.course + "/renewal").body())
                .containsEntry("renewalCourseId", refresher.toString());
        assertThat(browser.get(page + "?saved=1").html()).contains("Курс для поновлення збережено.")
                .containsPattern("value=\"" + refresher + "\"\\s+selected");

        Browser learner = new Browser(server);
        try {
            learner.signIn((String) api.createUser(world.admin, "Слухач", world.hromada, "LEARNER").get("email"), Api.PASSWORD);
            assertThat(learner.get(page).status()).isEqualTo(403);
            assertThat(learner.post(page, Map.of("renewalCourseId", "")).status()).isEqualTo(403);
        } finally {
            learner.close();
        }
    }

    private String trainerEmail() {
        return (String) api.get(world.trainer, "/api/me").body().get("email");
    }
}
