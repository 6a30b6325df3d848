package ua.fakh.courses.enrollment;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
// and no first scheduled poll either: the test decides when events go out
@Property(name = "fakh.outbox.first-poll", value = "1h")
class EnrollmentProgressIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;
    @Inject
    CompletedEvents completed;

    Api api;
    String admin;
    String trainer;
    UUID provider;
    UUID hromada;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        trainer = api.login((String) api.createUser(admin, "Тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
    }

    /** A published course: a text lesson, a video lesson, an optional link; returns course id and lesson ids. */
    private Course publishedCourse(String policy) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", Api.unique("Кейс-менеджмент"), "summary", "Опис",
                "hours", 16, "outcomes", List.of("Веде випадок"), "language", "uk", "providerId", provider.toString(),
                "enrollmentPolicy", policy));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID text = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст"))).body());
        UUID video = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Відео",
                "type", "content_video", "content", Map.of("url", "https://media.example.org/v.mp4"))).body());
        UUID link = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Додатково",
                "type", "content_link", "content", Map.of("url", "https://example.org"), "required", false)).body());
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        return new Course(course, text, video, link);
    }

    record Course(UUID id, UUID text, UUID video, UUID link) {
    }

    private String learner(String name) {
        return api.login((String) api.createUser(admin, name, hromada, "LEARNER").get("email"), Api.PASSWORD);
    }

    @Test
    void completesExactlyWhenTheRequiredLessonsAreDoneAndAnnouncesItOnce() {
        Course course = publishedCourse("OPEN");
        String learner = learner("Надія Коваль");
        Map<String, Object> enrollment = api.post(learner, "/api/courses/" + course.id() + "/enrollments", Map.of()).body();
        UUID id = Api.id(enrollment);
        assertThat(enrollment).containsEntry("status", "ACTIVE").containsEntry("progressPercent", 0)
                .containsEntry("resumeLessonId", course.text().toString());

        api.get(learner, "/api/lessons/" + course.text());
        api.get(learner, "/api/lessons/" + course.video());
        Map<String, Object> afterOpening = api.get(learner, "/api/enrollments/" + id).body();
        assertThat(afterOpening).containsEntry("progressPercent", 33).containsEntry("status", "ACTIVE")
                .containsEntry("resumeLessonId", course.video().toString());

        HttpResponse<Map<String, Object>> done = api.post(learner, "/api/enrollments/" + id + "/lessons/" + course.video() + "/complete", Map.of());
        assertThat(done.body()).containsEntry("status", "COMPLETED").containsEntry("progressPercent", 66);
        assertThat(api.post(learner, "/api/enrollments/" + id + "/lessons/" + course.video() + "/complete", Map.of()).body())
                .containsEntry("status", "COMPLETED");

        outbox.deliverDue();
        outbox.deliverDue();
        assertThat(completed.count(id)).isEqualTo(1);
        CourseCompleted event = completed.received.stream().filter(e -> e.enrollmentId().equals(id)).findFirst().orElseThrow();
        assertThat(event.courseId()).isEqualTo(course.id());
        assertThat(event.courseVersion()).isEqualTo(1);
        assertThat(api.post(learner, "/api/enrollments/" + id + "/withdraw", Map.of()).code()).isEqualTo(409);
    }

    /** As API.md says: a POST with no body and no content type is the caller enrolling themself. */
    @Test
    void aPostWithoutBodyOrContentTypeEnrollsTheCaller() {
        Course course = publishedCourse("OPEN");
        String learner = learner("Без тіла");
        HttpResponse<Map<String, Object>> enrolled = api.exchange(Api.authorised(
                HttpRequest.create(io.micronaut.http.HttpMethod.POST, "/api/courses/" + course.id() + "/enrollments"), learner));

        assertThat(enrolled.code()).isEqualTo(201);
        assertThat(enrolled.getHeaders().contentType()).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(enrolled.body()).containsEntry("courseId", course.id().toString()).containsEntry("status", "ACTIVE");
        assertThat(api.exchange(Api.authorised(HttpRequest.create(io.micronaut.http.HttpMethod.POST,
                "/api/courses/" + course.id() + "/enrollments"), learner)).code()).isEqualTo(200);
    }

    @Test
    void anUnreadableEnrollmentRequestIs400WithoutNamingInternals() {
        Course course = publishedCourse("OPEN");
        String learner = learner("Зламаний запит");
        for (String body : List.of("{\"key\": ", "{\"userIds\": \"not-a-list\"}", "[1, 2]")) {
            HttpResponse<Map<String, Object>> refused = api.exchange(Api.authorised(HttpRequest.POST(
                    "/api/courses/" + course.id() + "/enrollments", body).contentType(MediaType.APPLICATION_JSON_TYPE), learner));
            assertThat(refused.code()).as(body).isEqualTo(400);
            assertThat(Api.body(refused).toString()).as(body).doesNotContain("ua.fakh", "Exception", "route");
        }
        // nothing was enrolled by the refused requests: the first real one creates the enrollment
        assertThat(api.post(learner, "/api/courses/" + course.id() + "/enrollments", Map.of()).code()).isEqualTo(201);
    }

    @Test
    void nobodyElseReadsOrAdvancesAnEnrollment() {
        Course course = publishedCourse("OPEN");
        String learner = learner("Перша");
        String other = learner("Друга");
        UUID id = Api.id(api.post(learner, "/api/courses/" + course.id() + "/enrollments", Map.of()).body());
        assertThat(api.get(other, "/api/enrollments/" + id).code()).isEqualTo(403);
        assertThat(api.post(other, "/api/enrollments/" + id + "/lessons/" + course.text() + "/complete", Map.of()).code()).isEqualTo(403);
        assertThat(api.get(trainer, "/api/enrollments/" + id).code()).isEqualTo(200);
        assertThat(api.get(other, "/api/courses/" + course.id() + "/enrollments").code()).isEqualTo(403);
        assertThat(api.post(learner, "/api/enrollments/" + id + "/lessons/" + UUID.randomUUID() + "/complete", Map.of()).code())
                .isEqualTo(404);
    }

    @Test
    void trainerEnrollsByIdsAndByEmailsWithAReportPerRow() {
        Course course = publishedCourse("TRAINER");
        Map<String, Object> a = api.createUser(admin, "Учасниця А", hromada, "LEARNER");
        Map<String, Object> b = api.createUser(admin, "Учасник Б", hromada, "LEARNER");
        Map<String, Object> hr = api.createUser(admin, "Кадри", hromada, "HR");
        String learner = api.login((String) a.get("email"), Api.PASSWORD);
        assertThat(api.post(learner, "/api/courses/" + course.id() + "/enrollments", Map.of()).code()).isEqualTo(403);

        Map<String, Object> report = api.post(trainer, "/api/courses/" + course.id() + "/enrollments",
                Map.of("userIds", List.of(a.get("id"), UUID.randomUUID().toString(), hr.get("id")))).body();
        assertThat(report).containsEntry("enrolled", 1).containsEntry("alreadyEnrolled", 0);
        assertThat(report.get("errors").toString()).contains("line=2", "problem.enrol.noSuchUserId", "line=3",
                "problem.enrol.notALearner");

        String csv = "email\n" + a.get("email") + "\n" + b.get("email") + "\nnobody@nowhere.ua\n";
        HttpResponse<Map<String, Object>> byEmail = api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course.id()
                + "/enrollments", csv).contentType(MediaType.of("text/csv")), trainer));
        assertThat(byEmail.body()).containsEntry("enrolled", 1).containsEntry("alreadyEnrolled", 1);
        assertThat(byEmail.body().get("errors").toString()).contains("line=4");
        assertThat(((Number) api.get(trainer, "/api/courses/" + course.id() + "/enrollments").body().get("totalSize")).intValue())
                .isEqualTo(2);
        HttpResponse<?> foreign = api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course.id()
                + "/enrollments", csv).contentType(MediaType.of("text/csv")), learner));
        assertThat(foreign.code()).isEqualTo(403);
    }

    @Test
    void aBlendedCohortCompletesOnlyWithEnoughAttendance() {
        Course course = publishedCourse("TRAINER");
        Map<String, Object> cohort = api.post(trainer, "/api/courses/" + course.id() + "/cohorts", Map.of("name", "Група Чугуїв, листопад",
                "startsOn", "2026-11-20", "endsOn", "2026-11-21", "minAttendancePercent", 100)).body();
        UUID cohortId = Api.id(cohort);
        api.post(trainer, "/api/cohorts/" + cohortId + "/sessions", Map.of("title", "День 1", "startsAt", "2026-11-20T09:00:00Z", "hours", 8));
        Map<String, Object> withSessions = api.post(trainer, "/api/cohorts/" + cohortId + "/sessions",
                Map.of("title", "День 2", "startsAt", "2026-11-21T09:00:00Z", "hours", 8)).body();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) withSessions.get("sessions");
        assertThat(sessions).hasSize(2);

        Map<String, Object> user = api.createUser(admin, "Учасниця тренінгу", hromada, "LEARNER");
        api.post(trainer, "/api/courses/" + course.id() + "/enrollments", Map.of("userIds", List.of(user.get("id")), "cohortId", cohortId.toString()));
        String learner = api.login((String) user.get("email"), Api.PASSWORD);
        Map<String, Object> enrollment = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), learner),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class))).get(0);
        UUID id = Api.id(enrollment);
        assertThat(enrollment).containsEntry("cohortId", cohortId.toString());

        api.get(learner, "/api/lessons/" + course.text());
        assertThat(api.post(learner, "/api/enrollments/" + id + "/lessons/" + course.video() + "/complete", Map.of()).body())
                .containsEntry("status", "ACTIVE");
        api.put(trainer, "/api/sessions/" + sessions.get(0).get("id") + "/attendance", Map.of("present", List.of(id.toString())));
        assertThat(api.get(learner, "/api/enrollments/" + id).body()).containsEntry("status", "ACTIVE");
        assertThat(api.put(learner, "/api/sessions/" + sessions.get(1).get("id") + "/attendance",
                Map.of("present", List.of(id.toString()))).code()).isEqualTo(403);
        api.put(trainer, "/api/sessions/" + sessions.get(1).get("id") + "/attendance", Map.of("present", List.of(id.toString())));
        assertThat(api.get(learner, "/api/enrollments/" + id).body()).containsEntry("status", "COMPLETED");

        outbox.deliverDue();
        assertThat(completed.received.stream().filter(e -> e.enrollmentId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.attendancePercent()).isEqualTo(100));
    }

    @Test
    void selfEnrollmentWithAKey() {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", Api.unique("З ключем"), "summary", "Опис", "hours", 2,
                "outcomes", List.of("Результат"), "language", "uk", "providerId", provider.toString(),
                "enrollmentPolicy", "KEY", "enrollmentKey", "kharkiv-2026"));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Р")).body());
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Т", "type", "content_markdown",
                "content", Map.of("markdown", "т")));
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        String learner = learner("З ключем");
        assertThat(api.post(learner, "/api/courses/" + course + "/enrollments", Map.of("key", "wrong")).code()).isEqualTo(403);
        assertThat(api.post(learner, "/api/courses/" + course + "/enrollments", Map.of()).code()).isEqualTo(403);
        assertThat(api.post(learner, "/api/courses/" + course + "/enrollments", Map.of("key", "kharkiv-2026")).code()).isEqualTo(201);
    }
}
