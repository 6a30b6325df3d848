package ua.fakh.web.calendar;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import ua.fakh.core.testing.Api;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ua.fakh.web.learn.BlendedWorld.check;

/**
 * A published blended course with a long Cyrillic title, a quiz that closes at {@code quizCloses}, a
 * cohort due at {@code cohortDue} with one in-person session at {@code sessionStarts} (a place with
 * commas and semicolons, which iCalendar must escape), and its people: a trainer, learners added with
 * {@link #learner}. Built through the API; names unique, so suites share one database.
 */
final class CalendarWorld {
    static final String PLACE = "Полтава, вул. Соборності, 1; ауд. 12 — вхід з двору";
    static final String SESSION = "Перший день тренінгу: ведення випадку, оцінювання потреб і складання плану допомоги";
    static final String QUIZ = "Підсумковий тест";

    final Api api;
    final String admin;
    final UUID provider;
    final String trainerEmail;
    final String trainer;
    final String title = Api.unique("Ведення випадку в громаді: від першої зустрічі до плану допомоги");
    final UUID course;
    final UUID quiz;
    final UUID cohort;
    final UUID session;

    CalendarWorld(Api api, Instant sessionStarts, Instant quizCloses, Instant cohortDue) {
        this.api = api;
        admin = api.adminToken();
        provider = Api.id(api.createOrganization(admin, Api.unique("Навчальний центр"), "PROVIDER", null));
        trainerEmail = (String) api.createUser(admin, "Оксана Тренерка", provider, "TRAINER").get("email");
        trainer = api.login(trainerEmail, Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "titleEn", "Case management " + title.substring(title.length() - 6),
                "summary", "Дводенний тренінг і онлайн-модулі", "hours", 16, "outcomes", List.of("Складає план допомоги"),
                "language", "uk", "providerId", provider.toString()));
        course = Api.id(check(api.post(trainer, "/api/courses", body)));
        UUID section = Api.id(check(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Модуль"))));
        check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import",
                "$CATEGORY: Тест\n\n::Q1::План допомоги складають разом з отримувачем. {T}\n").contentType(MediaType.TEXT_PLAIN_TYPE), trainer)));
        quiz = Api.id(check(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", QUIZ, "titleEn", "Final test",
                "type", "content_quiz", "content", Map.of("category", "Тест", "randomCount", 1, "passingScorePercent", 50,
                        "closesAt", quizCloses.toString())))));
        check(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()));
        cohort = Api.id(check(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група Полтава"))));
        check(api.put(trainer, "/api/cohorts/" + cohort + "/due", Map.of("dueAt", cohortDue.toString())));
        session = session(sessionStarts);
    }

    @SuppressWarnings("unchecked")
    private UUID session(Instant startsAt) {
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) check(api.post(trainer, "/api/cohorts/" + cohort + "/sessions",
                Map.of("title", SESSION, "startsAt", startsAt.toString(), "hours", 6, "place", PLACE))).get("sessions");
        return sessions.stream().filter(s -> s.get("title").equals(SESSION)).map(Api::id).findFirst().orElseThrow();
    }

    /** A learner of the cohort, with a due date of their own or (null) the cohort's; returns the user's id and e-mail. */
    Learner learner(String name, Instant ownDue) {
        Map<String, Object> user = api.createUser(admin, name, provider, "LEARNER");
        Map<String, Object> enrol = new HashMap<>(Map.of("userIds", List.of(user.get("id").toString()), "cohortId", cohort.toString()));
        if (ownDue != null) {
            enrol.put("dueAt", ownDue.toString());
        }
        check(api.post(trainer, "/api/courses/" + course + "/enrollments", enrol));
        String email = (String) user.get("email");
        return new Learner(Api.id(user), email, enrollmentOf(api.login(email, Api.PASSWORD)));
    }

    void withdraw(Learner learner) {
        check(api.post(trainer, "/api/enrollments/" + learner.enrollment() + "/withdraw", Map.of()));
    }

    @SuppressWarnings("unchecked")
    private UUID enrollmentOf(String token) {
        Map<String, Object>[] mine = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), token), Map[].class);
        for (Map<String, Object> e : mine) {
            if (e.get("courseId").equals(course.toString())) {
                return Api.id(e);
            }
        }
        throw new AssertionError("not enrolled");
    }

    record Learner(UUID id, String email, UUID enrollment) {
    }
}
