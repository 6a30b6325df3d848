package ua.fakh.courses.assessment;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline windows and late answers through the API: a window is granted once per attempt and only where
 * the trainers allow it; an offline attempt's answers carry its token; answers saved on the device before
 * the time was up count when they arrive later (marked late, the attempt regraded), within their window.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.movable-clock", value = "true")
@Property(name = "fakh.quiz-sweep", value = "1h")
class QuizOfflineIT {
    /** Both true: a right answer to each scores 1. */
    static final String GIFT = """
            $CATEGORY: Офлайн

            ::Перше:: План допомоги складають разом з отримувачем. {T}

            ::Друге:: Супервізія допомагає запобігати вигоранню. {T}
            """;
    static final String WINDOW = "X-Offline-Window";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    MovableClock clock;

    @Inject
    Attempts attempts;

    Api api;
    String trainer;
    String learner;
    UUID course;
    UUID section;

    @BeforeEach
    void setUp() {
        clock.reset();
        api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        trainer = api.login((String) api.createUser(admin, "Тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
        learner = api.login((String) api.createUser(admin, "Учасниця", hromada, "LEARNER").get("email"), Api.PASSWORD);
        course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Без звʼязку"),
                "summary", "Опис", "hours", 2, "outcomes", List.of("Знає"), "language", "uk",
                "providerId", provider.toString()))).body());
        assertThat(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", GIFT)
                .contentType(MediaType.TEXT_PLAIN_TYPE), trainer)).body()).containsEntry("imported", 2);
        section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Тести")).body());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private UUID quiz(Map<String, Object> settings) {
        Map<String, Object> content = new HashMap<>(Map.of("category", "Офлайн", "randomCount", 2, "passingScorePercent", 100));
        content.putAll(settings);
        HttpResponse<Map<String, Object>> saved = api.post(trainer, "/api/sections/" + section + "/lessons",
                Map.of("title", "Тест", "type", "content_quiz", "content", content));
        assertThat(saved.code()).as(Api.body(saved).toString()).isEqualTo(201);
        return Api.id(saved.body());
    }

    private void publishAndEnroll() {
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
    }

    private HttpResponse<Map<String, Object>> window(UUID quiz) {
        return api.post(learner, "/api/lessons/" + quiz + "/offline-window", Map.of());
    }

    private HttpResponse<Map<String, Object>> answer(Object attemptId, Object questionId, boolean value, long seq,
                                                     Instant savedAt, String token) {
        Map<String, Object> body = new HashMap<>(Map.of("response", Map.of("value", value), "seq", seq));
        if (savedAt != null) {
            body.put("savedAt", savedAt.toEpochMilli());
        }
        var request = Api.authorised(HttpRequest.PUT("/api/attempts/" + attemptId + "/answers/" + questionId, body), learner);
        if (token != null) {
            request.header(WINDOW, token);
        }
        return api.exchange(request);
    }

    @SuppressWarnings("unchecked")
    private static List<String> questionIds(Map<String, Object> window) {
        return (List<String>) window.get("questionIds");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> answers(Map<String, Object> attempt) {
        return (List<Map<String, Object>>) attempt.get("answers");
    }

    @Test
    void theSettingsKeepTheOfflineWindowAndRefuseAWindowOutOfRange() {
        UUID offline = quiz(Map.of("offline", true, "offlineHours", 12));
        HttpResponse<Map<String, Object>> refused = api.post(trainer, "/api/sections/" + section + "/lessons",
                Map.of("title", "Тест", "type", "content_quiz", "content", Map.of("category", "Офлайн", "randomCount", 1,
                        "offline", true, "offlineHours", 400)));

        assertThat((Map<String, Object>) api.get(trainer, "/api/lessons/" + offline).body().get("content"))
                .containsEntry("offline", true).containsEntry("offlineHours", 12);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(Api.body(refused).toString()).contains("content.offlineHours");
    }

    @Test
    void aWindowIsGrantedOnceAndOnlyWhereTheTrainersAllowIt() {
        UUID offline = quiz(Map.of("offline", true, "offlineHours", 6, "timeLimitMinutes", 20));
        UUID online = quiz(Map.of());
        publishAndEnroll();

        Instant before = Instant.now();
        HttpResponse<Map<String, Object>> first = window(offline);
        HttpResponse<Map<String, Object>> second = window(offline);
        HttpResponse<Map<String, Object>> notAllowed = window(online);

        assertThat(first.code()).isEqualTo(200);
        Map<String, Object> granted = first.body();
        assertThat(granted).containsKeys("attemptId", "grantedAt", "token").containsEntry("timeLimitSeconds", 1200)
                .containsEntry("attemptUrl", "/quiz/attempts/" + granted.get("attemptId"));
        assertThat(questionIds(granted)).hasSize(2);
        Instant deadline = Instant.parse(String.valueOf(granted.get("deadline")));
        assertThat(Duration.between(before, deadline)).isBetween(Duration.ofHours(6).minusMinutes(1), Duration.ofHours(6).plusMinutes(1));
        assertThat(((Number) granted.get("deadlineMillis")).longValue()).isEqualTo(deadline.toEpochMilli());
        assertThat(second.body()).isEqualTo(granted);
        assertThat(notAllowed.code()).isEqualTo(409);
        assertThat(notAllowed.getContentType().orElseThrow().toString()).contains("application/problem+json");
        assertThat(Api.body(notAllowed).get("detail").toString()).contains("не можна проходити без звʼязку");
        Map<String, Object> attempt = api.get(learner, "/api/attempts/" + granted.get("attemptId")).body();
        assertThat(attempt).containsEntry("offline", true).containsEntry("offlineToken", granted.get("token"));
    }

    @Test
    void anOfflineAttemptsAnswersWithoutItsTokenOrWithAnotherAreRefused() {
        UUID offline = quiz(Map.of("offline", true));
        publishAndEnroll();
        Map<String, Object> granted = window(offline).body();
        String question = questionIds(granted).get(0);
        String token = String.valueOf(granted.get("token"));
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        HttpResponse<Map<String, Object>> missing = answer(granted.get("attemptId"), question, true, 1, Instant.now(), null);
        HttpResponse<Map<String, Object>> wrong = answer(granted.get("attemptId"), question, true, 2, Instant.now(), forged);
        HttpResponse<Map<String, Object>> loginToken = answer(granted.get("attemptId"), question, true, 3, Instant.now(), learner);
        HttpResponse<Map<String, Object>> right = answer(granted.get("attemptId"), question, true, 4, Instant.now(), token);

        for (HttpResponse<Map<String, Object>> refused : List.of(missing, wrong, loginToken)) {
            assertThat(refused.code()).isEqualTo(422);
            assertThat(refused.getContentType().orElseThrow().toString()).contains("application/problem+json");
            assertThat(Api.body(refused).get("detail").toString()).contains("офлайн-вікна");
        }
        assertThat(right.code()).isEqualTo(204);
        assertThat(answers(api.get(learner, "/api/attempts/" + granted.get("attemptId")).body()))
                .singleElement().satisfies(a -> assertThat(a).containsEntry("seq", 4).containsEntry("late", false));
    }

    @Test
    void aSavedTimeBefore1970IsRefusedAndSavesNothing() {
        UUID offline = quiz(Map.of("offline", true));
        publishAndEnroll();
        Map<String, Object> granted = window(offline).body();
        String question = questionIds(granted).get(0);
        for (long savedAt : new long[]{-1L, Long.MIN_VALUE}) {
            var request = Api.authorised(HttpRequest.PUT("/api/attempts/" + granted.get("attemptId") + "/answers/" + question,
                    Map.of("response", Map.of("value", true), "seq", 1, "savedAt", savedAt)), learner)
                    .header(WINDOW, String.valueOf(granted.get("token")));
            HttpResponse<Map<String, Object>> refused = api.exchange(request);
            assertThat(refused.code()).as("savedAt %d", savedAt).isEqualTo(400);
            assertThat(refused.getContentType().orElseThrow().toString()).contains("application/problem+json");
            assertThat(Api.body(refused).get("errors").toString()).contains("savedAt").contains("мілісекундах від 1970");
        }
        assertThat(answers(api.get(learner, "/api/attempts/" + granted.get("attemptId")).body())).isEmpty();
    }

    @Test
    void anOfflineAttemptReplayedAfterItsDeadlineCountsWhatWasSavedBeforeIt() {
        UUID offline = quiz(Map.of("offline", true, "offlineHours", 2));
        publishAndEnroll();
        Map<String, Object> granted = window(offline).body();
        Object attemptId = granted.get("attemptId");
        String token = String.valueOf(granted.get("token"));
        Instant deadline = Instant.parse(String.valueOf(granted.get("deadline")));
        List<String> questions = questionIds(granted);

        clock.advance(Duration.ofDays(3)); // the learner comes back online three days later
        HttpResponse<Map<String, Object>> first = answer(attemptId, questions.get(0), true, 1, deadline.minusSeconds(3600), token);
        HttpResponse<Map<String, Object>> second = answer(attemptId, questions.get(1), true, 2, deadline.minusSeconds(60), token);
        HttpResponse<Map<String, Object>> afterwards = answer(attemptId, questions.get(1), false, 3, deadline.plusSeconds(600), token);
        HttpResponse<Map<String, Object>> submitted = api.post(learner, "/api/attempts/" + attemptId + "/submit", Map.of());

        assertThat(first.code()).isEqualTo(200);
        assertThat(first.body()).containsEntry("late", true);
        assertThat(second.code()).isEqualTo(200);
        assertThat(afterwards.code()).isEqualTo(409);
        assertThat(Api.body(afterwards).get("detail").toString()).contains("після того, як час вийшов");
        assertThat(submitted.body()).containsEntry("score", 2.0).containsEntry("passed", true).containsEntry("status", "GRADED");
        Map<String, Object> attempt = api.get(learner, "/api/attempts/" + attemptId).body();
        assertThat(attempt).containsEntry("offline", true).containsEntry("score", 2.0);
        assertThat(answers(attempt)).hasSize(2).allSatisfy(a -> assertThat(a).containsEntry("late", true))
                .anySatisfy(a -> assertThat(Instant.parse(String.valueOf(a.get("savedAt")))).isEqualTo(deadline.minusSeconds(60)));
        Map<String, Object> trainersView = api.get(trainer, "/api/attempts/" + attemptId).body();
        assertThat(trainersView).containsEntry("offline", true);
        assertThat(trainersView.get("offlineToken")).isNull();
    }

    @Test
    void theServerSubmitsATimedOnlineAttemptAndALateAnswerSavedBeforeItsDeadlineIsCountedThenNoMore() {
        UUID timed = quiz(Map.of("timeLimitSeconds", 60));
        publishAndEnroll();
        Map<String, Object> started = api.post(learner, "/api/lessons/" + timed + "/attempts", Map.of()).body();
        Object attemptId = started.get("id");
        Instant deadline = Instant.parse(String.valueOf(started.get("deadline")));
        List<String> questions = ((List<Map<String, Object>>) started.get("questions")).stream()
                .map(q -> String.valueOf(q.get("id"))).toList();
        assertThat(answer(attemptId, questions.get(0), true, 1, null, null).code()).isEqualTo(204);

        clock.advance(Duration.ofMinutes(5)); // the connection dropped; the server submits the attempt by itself
        attempts.submitOverdue();
        Map<String, Object> submitted = api.get(learner, "/api/attempts/" + attemptId).body();
        HttpResponse<Map<String, Object>> late = answer(attemptId, questions.get(1), true, 2, deadline.minusSeconds(10), null);
        HttpResponse<Map<String, Object>> replayed = answer(attemptId, questions.get(1), true, 2, deadline.minusSeconds(10), null);
        HttpResponse<Map<String, Object>> withoutDeviceTime = answer(attemptId, questions.get(1), false, 3, null, null);
        Map<String, Object> regraded = api.get(learner, "/api/attempts/" + attemptId).body();
        clock.advance(Duration.ofHours(25));
        HttpResponse<Map<String, Object>> tooLate = answer(attemptId, questions.get(1), false, 4, deadline.minusSeconds(5), null);

        assertThat(submitted).containsEntry("status", "GRADED").containsEntry("score", 1.0).containsEntry("passed", false);
        assertThat(late.code()).isEqualTo(200);
        assertThat(late.body()).containsEntry("late", true);
        assertThat(replayed.code()).isEqualTo(200);
        assertThat(withoutDeviceTime.code()).isEqualTo(409);
        assertThat(regraded).containsEntry("status", "GRADED").containsEntry("score", 2.0).containsEntry("passed", true)
                .containsEntry("offline", false);
        assertThat(answers(regraded)).anySatisfy(a -> assertThat(a).containsEntry("questionId", questions.get(1))
                .containsEntry("late", true).containsEntry("seq", 2));
        assertThat(tooLate.code()).isEqualTo(409);
        assertThat(Api.body(tooLate).get("detail").toString()).contains("надто пізно");
        assertThat(api.get(learner, "/api/attempts/" + attemptId).body()).containsEntry("score", 2.0);
    }

    @Test
    void anOfflineWindowNeverAnsweredIsWithdrawnAndUsesUpNoAttempt() {
        UUID offline = quiz(Map.of("offline", true, "offlineHours", 1, "attemptsAllowed", 1));
        publishAndEnroll();
        Map<String, Object> unused = window(offline).body();

        clock.advance(Duration.ofHours(2));
        attempts.submitOverdue();
        HttpResponse<Map<String, Object>> stillThere = api.get(learner, "/api/attempts/" + unused.get("attemptId"));
        clock.advance(Duration.ofDays(14));
        attempts.submitOverdue();
        HttpResponse<Map<String, Object>> gone = api.get(learner, "/api/attempts/" + unused.get("attemptId"));
        HttpResponse<Map<String, Object>> again = window(offline);

        assertThat(stillThere.body()).containsEntry("status", "IN_PROGRESS");
        assertThat(gone.code()).isEqualTo(404);
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body().get("attemptId")).isNotEqualTo(unused.get("attemptId"));
    }
}
