package ua.fakh.web.learn;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import ua.fakh.core.testing.Api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A blended course as a regional centre runs it: an optional pre-test first, an introduction, a final
 * test, and a group ("Група Полтава") that must attend at least 80 % of its two in-person sessions, the
 * first held two days ago in Poltava, the second in three days. Built through the API; names unique.
 */
public final class BlendedWorld {
    public final Api api;
    public final String admin;
    public final UUID provider;
    public final String trainerEmail;
    public final String trainer;
    public final String title = Api.unique("Ведення випадку наживо");
    public final UUID course;
    public final UUID preTest;
    public final UUID intro;
    public final UUID postTest;
    public final UUID cohort;
    public final UUID pastSession;
    public final UUID nextSession;
    public static final String PLACE = "Полтава, вул. Соборності, 1, ауд. 12";

    public BlendedWorld(Api api) {
        this.api = api;
        admin = api.adminToken();
        provider = Api.id(api.createOrganization(admin, Api.unique("Навчальний центр"), "PROVIDER", null));
        trainerEmail = (String) api.createUser(admin, "Оксана Тренерка", provider, "TRAINER").get("email");
        trainer = api.login(trainerEmail, Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "titleEn", "Case management in person " + title.substring(title.length() - 6),
                "summary", "Дводенний тренінг і онлайн-модулі", "hours", 16, "outcomes", List.of("Складає план допомоги"), "language", "uk", "providerId", provider.toString()));
        course = Api.id(check(api.post(trainer, "/api/courses", body)));
        UUID section = Api.id(check(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Модуль"))));
        check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import",
                "$CATEGORY: Тест\n\n::Q1::План допомоги складають разом з отримувачем. {T}\n").contentType(MediaType.TEXT_PLAIN_TYPE), trainer)));
        preTest = quiz(section, "Вхідний тест", "Pre-test", "PRE_TEST");
        intro = Api.id(check(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Вступ",
                "type", "content_markdown", "content", Map.of("markdown", "Про ведення випадку")))));
        postTest = quiz(section, "Підсумковий тест", "Final test", "POST_TEST");
        check(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()));
        cohort = Api.id(check(api.post(trainer, "/api/courses/" + course + "/cohorts",
                Map.of("name", "Група Полтава", "minAttendancePercent", 80))));
        pastSession = session("День перший", Instant.now().minus(2, ChronoUnit.DAYS), PLACE);
        nextSession = session("День другий", Instant.now().plus(3, ChronoUnit.DAYS), PLACE);
    }

    private UUID quiz(UUID section, String title, String titleEn, String role) {
        return Api.id(check(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", title, "titleEn", titleEn,
                "type", "content_quiz", "content", Map.of("category", "Тест", "randomCount", 1, "role", role,
                        "passingScorePercent", 50)))));
    }

    @SuppressWarnings("unchecked")
    private UUID session(String title, Instant startsAt, String place) {
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) check(api.post(trainer, "/api/cohorts/" + cohort + "/sessions",
                Map.of("title", title, "startsAt", startsAt.toString(), "hours", 6, "place", place))).get("sessions");
        return sessions.stream().filter(s -> s.get("title").equals(title)).map(Api::id).findFirst().orElseThrow();
    }

    /** A learner of the cohort with a due date; returns the e-mail (password {@link Api#PASSWORD}). */
    public String learnerInCohort(String name, Instant dueAt) {
        Map<String, Object> user = api.createUser(admin, name, provider, "LEARNER");
        check(api.post(trainer, "/api/courses/" + course + "/enrollments", Map.of("userIds", List.of(user.get("id").toString()),
                "cohortId", cohort.toString(), "dueAt", dueAt.toString())));
        return (String) user.get("email");
    }

    @SuppressWarnings("unchecked")
    public UUID enrollmentOf(String learnerToken) {
        Map<String, Object>[] mine = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), learnerToken), Map[].class);
        for (Map<String, Object> e : mine) {
            if (e.get("courseId").equals(course.toString())) {
                return Api.id(e);
            }
        }
        throw new AssertionError("not enrolled");
    }

    public void mark(UUID session, List<UUID> present, List<UUID> absent) {
        HttpResponse<Map<String, Object>> marked = api.put(trainer, "/api/sessions/" + session + "/attendance",
                Map.of("present", present.stream().map(UUID::toString).toList(), "absent", absent.stream().map(UUID::toString).toList()));
        if (marked.code() != 204) {
            throw new AssertionError("attendance refused: " + marked.code());
        }
    }

    /** The learner opens the introduction and passes the final test: everything online is done. */
    @SuppressWarnings("unchecked")
    public void doesEverythingOnline(String learnerToken) {
        check(api.get(learnerToken, "/api/lessons/" + intro));
        Map<String, Object> attempt = check(api.post(learnerToken, "/api/lessons/" + postTest + "/attempts", Map.of()));
        Map<String, Object> question = ((List<Map<String, Object>>) attempt.get("questions")).get(0);
        check(api.put(learnerToken, "/api/attempts/" + Api.id(attempt) + "/answers/" + question.get("id"),
                Map.of("response", Map.of("value", true), "seq", 1)));
        check(api.post(learnerToken, "/api/attempts/" + Api.id(attempt) + "/submit", Map.of()));
    }

    public static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body() == null ? Map.of() : response.body();
    }
}
