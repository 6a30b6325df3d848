package ua.fakh.web.session;

import ua.fakh.web.browser.SessionCookies;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.TestMailbox;
import ua.fakh.web.learn.LearnWorld;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People change: a trainer demoted, an administrator disabled, a browser signed out, a password
 * changed. Each change holds on the very next request, through the API and the pages alike.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
@Property(name = "fakh.test.mailbox", value = "true")
@Property(name = "fakh.notifications.send", value = "false")
class AccessFollowsTheDatabaseIT extends PageTest {
    @Inject
    TestMailbox mailbox;

    @Inject
    Outbox outbox;

    /** A published course with a learner's certificate, then a draft-only lesson and an unpublished upload. */
    record TaughtCourse(UUID id, Map<String, Object> body, UUID draftLesson, String draftTitle, UUID material, UUID certificate,
                        UUID learner) {
    }

    private UUID provider(String admin) {
        return Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Центр"),
                "kind", "PROVIDER", "edrpou", Api.newEdrpou())).body());
    }

    private TaughtCourse taughtCourse(String admin, UUID provider, String trainer) {
        Map<String, Object> body = new HashMap<>(Map.of("title", Api.unique("Супервізія"), "summary", "Курс", "hours", 8,
                "outcomes", List.of("Проводить супервізію"), "language", "uk", "providerId", provider.toString()));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст"))).body());
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);

        Map<String, Object> learnerUser = api.createUser(admin, "Слухачка Курсу", provider, "LEARNER");
        String learner = api.login((String) learnerUser.get("email"), Api.PASSWORD);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
        api.get(learner, "/api/lessons/" + lesson);
        outbox.deliverDue();
        List<Map<String, Object>> certificates = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), learner),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        UUID certificate = Api.id(certificates.get(0));

        String draftTitle = Api.unique("Чернетка");
        UUID draftLesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", draftTitle,
                "type", "content_markdown", "content", Map.of("markdown", "Ще не опубліковано"))).body());
        MultipartBody file = MultipartBody.builder().addPart("file", "чернетка.pdf", MediaType.of("application/pdf"),
                LearnWorld.pdf()).build();
        UUID material = Api.id(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/materials", file)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), trainer)).body());
        return new TaughtCourse(course, body, draftLesson, draftTitle, material, certificate, Api.id(learnerUser));
    }

    @Test
    void aTrainerDemotedToLearnerLosesTheirCourseOnTheVeryNextRequest() {
        String admin = api.adminToken();
        UUID provider = provider(admin);
        Map<String, Object> trainerUser = api.createUser(admin, "Тренерка, що пішла", provider, "TRAINER", "LEARNER");
        String email = (String) trainerUser.get("email");
        String token = api.login(email, Api.PASSWORD);
        TaughtCourse course = taughtCourse(admin, provider, token);
        browser.signIn(email, Api.PASSWORD);
        for (MutableHttpRequest<?> request : trainerRequests(course)) {
            assertThat(api.exchange(Api.authorised(request, token)).code()).as(request.getPath()).isEqualTo(200);
        }
        for (String path : trainerPages(course)) {
            assertThat(open(path).status()).as(path).isEqualTo(200);
        }

        assertThat(api.put(admin, "/api/users/" + trainerUser.get("id"), Map.of("roles", List.of("LEARNER"))).code())
                .isEqualTo(200);

        for (MutableHttpRequest<?> request : trainerRequests(course)) {
            assertThat(api.exchange(Api.authorised(request, token)).code()).as(request.getPath()).isEqualTo(401);
        }
        for (String path : trainerPages(course)) {
            assertSignedOut(open(path), path);
        }

        String again = api.login(email, Api.PASSWORD);
        for (MutableHttpRequest<?> request : trainerRequests(course)) {
            assertThat(api.exchange(Api.authorised(request, again)).code()).as(request.getPath()).isEqualTo(403);
        }
        assertThat(api.get(again, "/api/courses/" + course.id()).body().toString()).doesNotContain(course.draftTitle());
        browser.signIn(email, Api.PASSWORD);
        for (String path : trainerPages(course)) {
            assertThat(open(path).status()).as(path).isEqualTo(403);
        }
    }

    /** What the trainer of a course may do through the API: edit, read drafts, see and enroll people, read certificates. */
    private List<MutableHttpRequest<?>> trainerRequests(TaughtCourse course) {
        String courseUri = "/api/courses/" + course.id();
        return List.of(
                HttpRequest.PUT(courseUri, course.body()),
                HttpRequest.GET("/api/lessons/" + course.draftLesson()),
                HttpRequest.GET("/api/materials/" + course.material() + "/content"),
                HttpRequest.GET(courseUri + "/enrollments"),
                HttpRequest.POST(courseUri + "/enrollments", Map.of("userIds", List.of(course.learner().toString()))),
                HttpRequest.GET(courseUri + "/certificates"),
                HttpRequest.GET("/api/certificates/" + course.certificate() + "/pdf").accept(MediaType.of("application/pdf"), MediaType.APPLICATION_JSON_TYPE));
    }

    /** A page, or a document as a browser downloads it (accepting anything). */
    private Browser.Page open(String path) {
        return path.startsWith("/teach") ? browser.get(path) : browser.send(HttpRequest.GET(path).accept("*/*"));
    }

    /** Sent to sign in (a page), or 401 (a download). */
    private static void assertSignedOut(Browser.Page page, String path) {
        if (page.status() == 401) {
            return;
        }
        assertThat(page.status()).as(path).isEqualTo(303);
        assertThat(page.location()).as(path).startsWith("/signin");
    }

    private static List<String> trainerPages(TaughtCourse course) {
        String base = "/teach/courses/" + course.id();
        return List.of("/teach", base, base + "/lessons/" + course.draftLesson(), base + "/enrolments",
                base + "/certificates", "/certificates/" + course.certificate() + "/pdf",
                "/materials/" + course.material() + "/content");
    }

    @Test
    void aDisabledAdministratorIsRefusedOnTheNextRequestToEveryAdministratorPage() {
        String admin = api.adminToken();
        Map<String, Object> other = api.createUser(admin, "Адміністраторка, що пішла", newProvider(), "ADMIN");
        browser.signIn((String) other.get("email"), Api.PASSWORD);
        List<String> pages = List.of("/admin/organizations", "/admin/users", "/admin/users/import");
        assertThat(pages.stream().map(path -> browser.get(path).status())).containsOnly(200);

        assertThat(api.post(admin, "/api/users/" + other.get("id") + "/disable", Map.of()).code()).isEqualTo(200);

        for (String path : pages) {
            assertSignedOut(browser.get(path), path);
        }
    }

    @Test
    void aSignedOutCookieIsRefusedEvenWhenReplayed() {
        String email = newUser("Вийшла з сесії", "LEARNER");
        browser.signIn(email, Api.PASSWORD);
        String cookie = browser.cookie(SessionCookies.NAME);
        String apiToken = api.login(email, Api.PASSWORD);
        assertThat(browser.get("/profile").status()).isEqualTo(200);

        assertThat(browser.post("/signout", Map.of()).status()).isEqualTo(303);

        try (Browser replaying = new Browser(server)) {
            Browser.Page page = replaying.send(HttpRequest.GET("/profile").header(HttpHeaders.COOKIE, SessionCookies.NAME + "=" + cookie));
            assertThat(page.status()).isEqualTo(303);
            assertThat(page.location()).startsWith("/signin");
        }
        assertThat(api.get(apiToken, "/api/me").code()).isEqualTo(401);
    }

    @Test
    void aPasswordChangedOnOneDeviceEndsTheOthersAndKeepsThisOne() {
        String email = newUser("Змінила гасло", "LEARNER");
        String apiToken = api.login(email, Api.PASSWORD);
        browser.signIn(email, Api.PASSWORD);
        try (Browser phone = new Browser(server)) {
            phone.signIn(email, Api.PASSWORD);
            assertThat(phone.get("/profile").status()).isEqualTo(200);

            Browser.Page changed = browser.post("/profile/password", Map.of("currentPassword", Api.PASSWORD,
                    "newPassword", "a-brand-new-password", "repeatPassword", "a-brand-new-password"));

            assertThat(changed.status()).isEqualTo(303);
            assertThat(browser.get("/profile").status()).isEqualTo(200);
            assertThat(phone.get("/profile").status()).isEqualTo(303);
            assertThat(api.get(apiToken, "/api/me").code()).isEqualTo(401);
        }
    }

    @Test
    void aPasswordResetThroughTheAdministratorsLinkSignsThePersonOutOfThePages() {
        String email = newUser("Забула гасло", "LEARNER");
        browser.signIn(email, Api.PASSWORD);
        assertThat(browser.get("/profile").status()).isEqualTo(200);

        HttpResponse<?> reset = api.post(api.adminToken(), "/api/users/" + userId(email) + "/password-reset", Map.of());
        assertThat(reset.code()).isEqualTo(202);
        assertThat(browser.get("/profile").status()).as("nothing ends until the link is used").isEqualTo(200);
        String token = TestMailbox.token(mailbox.to(userId(email), NoticeKind.PASSWORD_RESET).get(0));
        assertThat(api.exchange(HttpRequest.POST("/api/password/reset", Map.of("token", token, "password", "a-brand-new-password")))
                .code()).isEqualTo(204);

        assertThat(browser.get("/profile").status()).isEqualTo(303);
    }
}
