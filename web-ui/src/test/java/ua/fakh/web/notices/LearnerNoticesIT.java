package ua.fakh.web.notices;

import ua.fakh.core.testing.TestMailbox;
import ua.fakh.core.testing.MovableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.assessment.GradingDigests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Enrolment, a graded essay and the trainers' grading digest: each message once, in its reader's language, with a working link. */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.mailbox", value = "true")
@Property(name = "fakh.test.movable-clock", value = "true")
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "fakh.notifications.send", value = "false")
@Property(name = "fakh.notices.every", value = "1h")
@Property(name = "fakh.notices.first-scan", value = "1h")
class LearnerNoticesIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Notifications notifications;
    @Inject
    GradingDigests digests;
    @Inject
    TestMailbox inbox;
    @Inject
    MovableClock clock;

    Api api;
    NoticeWorld world;

    @BeforeEach
    void setUp() {
        clock.reset();
        api = new Api(client);
        world = new NoticeWorld(api, null);
    }

    private static UUID idOf(Map<String, Object> person) {
        return UUID.fromString((String) person.get("id"));
    }

    private UUID enrollmentOf(String token) {
        return Api.id(api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0));
    }

    @Test
    void anEnrolmentIsAnnouncedOnceInTheLearnersLanguageWithTheCoursePage() {
        Map<String, Object> english = NoticeTesting.person(api, world.admin, "Olena Enrolled", world.hromada, "en", "LEARNER");
        String token = (String) english.get("token");
        assertThat(api.post(token, "/api/courses/" + world.course + "/enrollments", Map.of()).code()).isEqualTo(201);
        assertThat(api.post(token, "/api/courses/" + world.course + "/enrollments", Map.of()).code()).isEqualTo(200);
        assertThat(api.post(token, "/api/enrollments/" + enrollmentOf(token) + "/withdraw", Map.of()).code()).isEqualTo(200);
        assertThat(api.post(token, "/api/courses/" + world.course + "/enrollments", Map.of()).code()).isEqualTo(201);

        Map<String, Object> ukrainian = NoticeTesting.person(api, world.admin, "Ірина Зарахована", world.hromada, "uk", "LEARNER");
        Instant due = Instant.now().plus(20, ChronoUnit.DAYS);
        api.post(world.trainer, "/api/courses/" + world.course + "/enrollments", Map.of("userIds", List.of(ukrainian.get("id")),
                "dueAt", due.toString()));
        api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + world.course + "/enrollments",
                ukrainian.get("email") + "\n").contentType(MediaType.TEXT_PLAIN_TYPE), world.trainer));
        notifications.deliverDue();

        List<OutgoingMessage> told = inbox.to(idOf(english), NoticeKind.ENROLLED);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).subject()).isEqualTo("You are enrolled in “Working with survivors of violence”");
        assertThat(told.get(0).link()).isEqualTo("http://localhost:8080/courses/" + world.course);
        assertThat(api.exchange(Api.authorised(HttpRequest.GET(NoticeTesting.path(told.get(0).link())), token)).code()).isEqualTo(200);

        // the e-mail channel kept the same one message, for the administrator's mailbox
        Map<String, Object> kept = api.get(api.adminToken(), "/api/admin/mail?to=" + english.get("email")).body();
        assertThat(kept).containsEntry("totalSize", 1);
        assertThat(((Map<?, ?>) ((List<?>) kept.get("content")).get(0)).get("subject")).isEqualTo(told.get(0).subject());

        List<OutgoingMessage> toldUk = inbox.to(idOf(ukrainian), NoticeKind.ENROLLED);
        assertThat(toldUk).hasSize(1);
        assertThat(toldUk.get(0).subject()).isEqualTo("Вас зараховано на курс «Робота з постраждалими від насильства»");
        assertThat(toldUk.get(0).text()).contains("Завершіть його до " + KyivTime.date(due) + ".");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGradedEssayIsToldOnceAndTrainersReadADailyDigestOfWhatWaits() {
        api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + world.course + "/questions/import",
                "::Есе::Опишіть, як ви складаєте план безпеки. {}\n").contentType(MediaType.TEXT_PLAIN_TYPE), world.trainer));
        List<Map<String, Object>> bank = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + world.course
                + "/questions"), world.trainer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        UUID section = Api.id(api.post(world.trainer, "/api/courses/" + world.course + "/sections", Map.of("title", "Тести")).body());
        UUID quiz = Api.id(api.post(world.trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Есе про безпеку",
                "type", "content_quiz", "content", Map.of("questionIds", List.of(bank.get(0).get("id")), "passingScorePercent", 50,
                        "role", "GRADED"))).body());
        assertThat(api.post(world.trainer, "/api/courses/" + world.course + "/publish", Map.of()).code()).isEqualTo(200);

        Map<String, Object> learner = NoticeTesting.person(api, world.admin, "Ганна Есеїстка", world.hromada, "uk", "LEARNER");
        Map<String, Object> leaving = NoticeTesting.person(api, world.admin, "Віра Відрахована", world.hromada, "uk", "LEARNER");
        UUID[] attempt = submittedEssay((String) learner.get("token"), quiz);
        UUID[] leavingAttempt = submittedEssay((String) leaving.get("token"), quiz);
        api.post(world.trainer, "/api/enrollments/" + enrollmentOf((String) leaving.get("token")) + "/withdraw", Map.of());
        UUID trainer = NoticeTesting.idOf(api, world.trainer);

        LocalDate tomorrow = KyivTime.day(Instant.now()).plusDays(1);
        clock.setKyiv(tomorrow, LocalTime.of(7, 59));
        assertThat(digests.sendDue()).isZero();
        clock.setKyiv(tomorrow, LocalTime.of(8, 30));
        digests.sendDue();
        digests.sendDue();
        notifications.deliverDue();
        List<OutgoingMessage> digest = inbox.to(trainer, NoticeKind.GRADING_DIGEST);
        assertThat(digest).hasSize(1);
        String grading = "http://localhost:8080/teach/courses/" + world.course + "/grading";
        assertThat(digest.get(0).subject()).isEqualTo("Есе чекають на оцінювання: 2");
        assertThat(digest.get(0).text()).contains("«Робота з постраждалими від насильства»: 2 — " + grading);
        assertThat(digest.get(0).link()).isEqualTo(grading);
        assertThat(api.exchange(Api.authorised(HttpRequest.GET(NoticeTesting.path(grading)), world.trainer)).code()).isEqualTo(200);

        assertThat(grade(attempt, 1)).isEqualTo(200);
        assertThat(grade(attempt, 0.5)).isEqualTo(200);
        assertThat(grade(leavingAttempt, 1)).isEqualTo(200);
        notifications.deliverDue();
        List<OutgoingMessage> result = inbox.to(idOf(learner), NoticeKind.RESULT_AVAILABLE);
        assertThat(result).hasSize(1);
        assertThat(result.get(0).subject()).isEqualTo("Результат тесту «Есе про безпеку» готовий");
        assertThat(result.get(0).text()).contains("Результат: 1 / 1, тест складено.");
        assertThat(result.get(0).link()).isEqualTo("http://localhost:8080/quiz/attempts/" + attempt[0] + "/result");
        assertThat(api.exchange(Api.authorised(HttpRequest.GET(NoticeTesting.path(result.get(0).link())), (String) learner.get("token")))
                .code()).isEqualTo(200);
        assertThat(inbox.to(idOf(leaving), NoticeKind.RESULT_AVAILABLE)).isEmpty();

        clock.setKyiv(tomorrow.plusDays(1), LocalTime.of(8, 30));
        digests.sendDue();
        notifications.deliverDue();
        assertThat(inbox.to(trainer, NoticeKind.GRADING_DIGEST)).hasSize(1); // nothing waits any more: no second digest
    }

    /** The attempt's id and its essay question's id. */
    private UUID[] submittedEssay(String token, UUID quiz) {
        api.post(token, "/api/courses/" + world.course + "/enrollments", Map.of());
        Map<String, Object> attempt = api.post(token, "/api/lessons/" + quiz + "/attempts", Map.of()).body();
        @SuppressWarnings("unchecked")
        Object question = ((List<Map<String, Object>>) attempt.get("questions")).get(0).get("id");
        UUID id = Api.id(attempt);
        assertThat(api.put(token, "/api/attempts/" + id + "/answers/" + question,
                Map.of("response", Map.of("text", "Разом з людиною, крок за кроком."), "seq", 1)).code()).isEqualTo(204);
        assertThat(api.post(token, "/api/attempts/" + id + "/submit", Map.of()).body()).containsEntry("status", "SUBMITTED");
        return new UUID[] {id, UUID.fromString(String.valueOf(question))};
    }

    private int grade(UUID[] attempt, double score) {
        return api.post(world.trainer, "/api/attempts/" + attempt[0] + "/answers/" + attempt[1] + "/grade", Map.of("score", score)).code();
    }
}
