package ua.fakh.courses.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A blended course with a pre-test, a post-test and an essay quiz; two learners in a cohort and
 * one without. Their trainer reads the gradebook, the pre/post gain and the essays to grade.
 */
@MicronautTest(transactional = false)
class TrainerReportsIT {
    static final String GIFT = """
            $CATEGORY: Вхідний
            ::Pre1:: Вхідне перше твердження правдиве. {T}
            ::Pre2:: Вхідне друге твердження хибне. {F}

            $CATEGORY: Вихідний
            ::Post1:: Вихідне перше твердження правдиве. {T}
            ::Post2:: Вихідне друге твердження хибне. {F}

            $CATEGORY: Есе
            ::Essay:: Опишіть <b>випадок</b> із практики. {}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;
    String trainer;
    String otherTrainer;
    UUID course;
    UUID preTest;
    UUID postTest;
    UUID essayQuiz;
    UUID cohort;
    UUID hromada;
    Learner anna;
    Learner bohdan;
    Learner formula;

    record Learner(UUID userId, String token, UUID enrollmentId) {
    }

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        UUID otherProvider = Api.id(api.createOrganization(admin, Api.unique("Інший провайдер"), "PROVIDER", null));
        trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        otherTrainer = api.login((String) api.createUser(admin, "Чужий тренер", otherProvider, "TRAINER").get("email"), Api.PASSWORD);
        course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Ведення випадку"),
                "summary", "Змішане навчання", "hours", 16, "outcomes", List.of("Веде випадок"), "language", "uk",
                "providerId", provider.toString(), "enrollmentPolicy", "TRAINER"))).body());
        api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", GIFT)
                .contentType(MediaType.TEXT_PLAIN_TYPE), trainer));
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Тести")).body());
        preTest = quiz(section, "Вхідний тест", "Вхідний", "PRE_TEST");
        postTest = quiz(section, "Вихідний тест", "Вихідний", "POST_TEST");
        essayQuiz = quiz(section, "Есе", "Есе", "GRADED");
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група Полтава")).body());
        anna = learner("Анна Коваль", cohort);
        bohdan = learner("Богдан Шевчук", cohort);
        formula = learner("=HYPERLINK(\"http://evil\")", null);
    }

    private UUID quiz(UUID section, String title, String category, String role) {
        HttpResponse<Map<String, Object>> lesson = api.post(trainer, "/api/sections/" + section + "/lessons", Map.of(
                "title", title, "type", "content_quiz",
                "content", Map.of("category", category, "randomCount", category.equals("Есе") ? 1 : 2,
                        "passingScorePercent", 50, "role", role)));
        assertThat(lesson.code()).as(Api.body(lesson).toString()).isEqualTo(201);
        return Api.id(lesson.body());
    }

    private Learner learner(String name, UUID cohortId) {
        Map<String, Object> user = api.createUser(admin, name, hromada, "LEARNER");
        UUID userId = Api.id(user);
        Map<String, Object> body = new HashMap<>(Map.of("userIds", List.of(userId.toString())));
        if (cohortId != null) {
            body.put("cohortId", cohortId.toString());
        }
        assertThat(api.post(trainer, "/api/courses/" + course + "/enrollments", body).body()).containsEntry("enrolled", 1);
        String token = api.login((String) user.get("email"), Api.PASSWORD);
        UUID enrollment = UUID.fromString((String) mine(token).get(0).get("id"));
        return new Learner(userId, token, enrollment);
    }

    private List<Map<String, Object>> mine(String token) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** Takes a quiz answering "true" to the questions whose text contains one of {@code trueFor}, "false" to the rest. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> take(Learner learner, UUID quiz, Map<String, Object> responses) {
        Map<String, Object> attempt = api.post(learner.token(), "/api/lessons/" + quiz + "/attempts", Map.of()).body();
        long seq = 1;
        for (Map<String, Object> q : (List<Map<String, Object>>) attempt.get("questions")) {
            Object response = responses.entrySet().stream().filter(e -> q.get("text").toString().contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            assertThat(api.put(learner.token(), "/api/attempts/" + Api.id(attempt) + "/answers/" + q.get("id"),
                    Map.of("response", response, "seq", seq++)).code()).isEqualTo(204);
        }
        return api.post(learner.token(), "/api/attempts/" + Api.id(attempt) + "/submit", Map.of()).body();
    }

    private static Map<String, Object> truth(boolean value) {
        return Map.of("value", value);
    }

    private void everyoneTakesTheTests() {
        take(anna, preTest, Map.of("Вхідне перше", truth(true), "Вхідне друге", truth(true)));      // 50 %
        take(anna, postTest, Map.of("Вихідне перше", truth(true), "Вихідне друге", truth(false)));  // 100 %
        take(bohdan, preTest, Map.of("Вхідне перше", truth(false), "Вхідне друге", truth(true)));   // 0 %
        take(bohdan, postTest, Map.of("Вихідне перше", truth(true), "Вихідне друге", truth(true))); // 50 %
    }

    @Test
    @SuppressWarnings("unchecked")
    void gradebookShowsEachQuizsKeptGradeAndTheResultPerCohort() {
        everyoneTakesTheTests();

        Map<String, Object> book = api.get(trainer, "/api/courses/" + course + "/gradebook").body();
        Map<String, Object> cohortBook = api.get(trainer, "/api/courses/" + course + "/gradebook?cohort=" + cohort).body();

        assertThat((List<Map<String, Object>>) book.get("quizzes")).extracting(q -> q.get("title"))
                .containsExactly("Вхідний тест", "Вихідний тест", "Есе");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) book.get("rows");
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Анна Коваль", "Богдан Шевчук", "=HYPERLINK(\"http://evil\")");
        Map<String, Object> annaRow = rows.get(0);
        assertThat(annaRow.get("email").toString()).endsWith("@test.fakh");
        assertThat(annaRow).containsEntry("status", "ACTIVE").containsEntry("resultPercent", 100.0);
        assertThat((List<Map<String, Object>>) annaRow.get("grades")).extracting(g -> g.get("percent")).containsExactly(50.0, 100.0, null);
        assertThat(((Number) annaRow.get("progressPercent")).intValue()).isEqualTo(66);
        assertThat((List<Map<String, Object>>) rows.get(2).get("grades")).extracting(g -> g.get("attempts")).containsExactly(0, 0, 0);
        assertThat(rows.get(2).get("resultPercent")).isNull();
        assertThat((List<Map<String, Object>>) cohortBook.get("rows")).extracting(r -> r.get("name"))
                .containsExactly("Анна Коваль", "Богдан Шевчук");
    }

    @Test
    void gradebookCsvOpensInExcelWithCyrillicAndRunsNoFormula() {
        everyoneTakesTheTests();

        HttpResponse<byte[]> csv = api.http().exchange(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/gradebook.csv"),
                trainer), byte[].class);

        byte[] bytes = csv.body();
        assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"Анна Коваль\"").contains("\"Вхідний тест, %\"").contains("\"50.0\",\"100.0\"")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",\"=HYPERLINK");
        assertThat(text.lines().count()).isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void prePostReportGivesEachLearnersGainAndTheCohortMeans() {
        everyoneTakesTheTests();

        Map<String, Object> report = api.get(trainer, "/api/courses/" + course + "/prepost").body();

        List<Map<String, Object>> learners = (List<Map<String, Object>>) report.get("learners");
        assertThat(learners.get(0)).containsEntry("name", "Анна Коваль").containsEntry("pre", 50.0).containsEntry("post", 100.0)
                .containsEntry("gain", 50.0).containsEntry("normalisedGain", 1.0);
        assertThat(learners.get(1)).containsEntry("pre", 0.0).containsEntry("post", 50.0).containsEntry("gain", 50.0)
                .containsEntry("normalisedGain", 0.5);
        assertThat(learners.get(2)).containsEntry("pre", null).containsEntry("gain", null);
        Map<String, Object> group = ((List<Map<String, Object>>) report.get("cohorts")).get(0);
        assertThat(group).containsEntry("name", "Група Полтава").containsEntry("withBoth", 2).containsEntry("pre", 25.0)
                .containsEntry("post", 75.0).containsEntry("gain", 50.0).containsEntry("normalisedGain", 0.75);
        assertThat((Map<String, Object>) report.get("overall")).containsEntry("learners", 3).containsEntry("withBoth", 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void gradingQueueListsUngradedEssaysUntilTheTrainerGradesThem() {
        Map<String, Object> result = take(anna, essayQuiz, Map.of("випадок", Map.of("text", "Сім'я з трьома дітьми <script>")));
        assertThat(result).containsEntry("status", "SUBMITTED");

        List<Map<String, Object>> queue = queue(trainer);
        assertThat(queue).hasSize(1);
        Map<String, Object> essay = queue.get(0);
        assertThat(essay).containsEntry("learnerName", "Анна Коваль").containsEntry("quizTitle", "Есе")
                .containsEntry("answerText", "Сім'я з трьома дітьми <script>");
        assertThat(essay.get("questionText").toString()).contains("випадок");

        Map<String, Object> graded = api.post(trainer, "/api/attempts/" + essay.get("attemptId") + "/answers/"
                + essay.get("questionId") + "/grade", Map.of("score", 0.8, "comment", "Добре")).body();
        assertThat(graded).containsEntry("status", "GRADED");
        assertThat(queue(trainer)).isEmpty();
        Map<String, Object> row = ((List<Map<String, Object>>) api.get(trainer, "/api/courses/" + course + "/gradebook")
                .body().get("rows")).get(0);
        assertThat((List<Map<String, Object>>) row.get("grades")).extracting(g -> g.get("percent")).containsExactly(null, null, 80.0);
    }

    private List<Map<String, Object>> queue(String token) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/grading-queue"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @Test
    void dueDatesComeFromTheEnrollmentOrElseItsCohortAndShowWhenOverdue() {
        Instant past = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant future = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        assertThat(api.put(trainer, "/api/cohorts/" + cohort + "/due", Map.of("dueAt", future.toString())).code()).isEqualTo(200);
        assertThat(api.put(trainer, "/api/enrollments/" + anna.enrollmentId() + "/due", Map.of("dueAt", past.toString()))
                .body()).containsEntry("overdue", true);

        assertThat(mine(anna.token()).get(0)).containsEntry("dueAt", past.toString()).containsEntry("overdue", true);
        assertThat(mine(bohdan.token()).get(0)).containsEntry("dueAt", future.toString()).containsEntry("overdue", false);
        assertThat(mine(formula.token()).get(0)).containsEntry("dueAt", null).containsEntry("overdue", false);

        Map<String, Object> cleared = new HashMap<>();
        cleared.put("dueAt", null);
        api.put(trainer, "/api/enrollments/" + anna.enrollmentId() + "/due", cleared);
        assertThat(mine(anna.token()).get(0)).containsEntry("dueAt", future.toString()).containsEntry("overdue", false);
    }

    @Test
    void onlyTheCoursesTrainersSeeReportsOrSetDueDates() {
        List<String> reads = List.of("/gradebook", "/gradebook.csv", "/prepost", "/grading-queue");
        for (String route : reads) {
            assertThat(status(otherTrainer, "/api/courses/" + course + route)).as("other trainer " + route).isEqualTo(403);
            assertThat(status(anna.token(), "/api/courses/" + course + route)).as("learner " + route).isEqualTo(403);
            assertThat(status(admin, "/api/courses/" + course + route)).as("admin " + route).isEqualTo(200);
        }
        Map<String, Object> due = Map.of("dueAt", Instant.now().toString());
        assertThat(api.put(otherTrainer, "/api/enrollments/" + anna.enrollmentId() + "/due", due).code()).isEqualTo(403);
        assertThat(api.put(anna.token(), "/api/enrollments/" + anna.enrollmentId() + "/due", due).code()).isEqualTo(403);
        assertThat(api.put(otherTrainer, "/api/cohorts/" + cohort + "/due", due).code()).isEqualTo(403);
        assertThat(api.put(trainer, "/api/enrollments/" + anna.enrollmentId() + "/due", Map.of("dueAt", "завтра")).code())
                .isEqualTo(400);
    }

    private int status(String token, String uri) {
        try {
            return api.http().exchange(Api.authorised(HttpRequest.GET(uri), token), byte[].class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
