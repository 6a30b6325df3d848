package ua.fakh.courses.assessment;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
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
import ua.fakh.courses.enrollment.CompletedEvents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.quiz-grace-seconds", value = "1")
class QuizAttemptsIT {
    static final String GIFT = """
            $CATEGORY: Підсумковий

            ::Столиця:: Столиця України? {=Київ ~Львів ~Харків}

            ::Вигорання:: Вигорання буває лише у новачків. {F}

            ::Термін:: Як називається план дій у кризі? {=план безпеки =план безпеки особи}

            ::Зламане:: Без закриття {=так ~ні

            ::Есе:: Опишіть випадок із практики. {}
            """;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Outbox outbox;
    @Inject
    CompletedEvents completed;

    Api api;
    String trainer;
    String learner;
    UUID course;
    UUID quiz;
    UUID hromada;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        trainer = api.login((String) api.createUser(admin, "Тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
        learner = api.login((String) api.createUser(admin, "Учасниця", hromada, "LEARNER").get("email"), Api.PASSWORD);
        course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Тестування"),
                "summary", "Опис", "hours", 4, "outcomes", List.of("Знає"), "language", "uk",
                "providerId", provider.toString()))).body());
    }

    private Map<String, Object> importBank() {
        return api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", GIFT)
                .contentType(MediaType.TEXT_PLAIN_TYPE), trainer)).body();
    }

    private UUID publishQuiz(Map<String, Object> content) {
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Тести")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Підсумковий тест",
                "type", "content_quiz", "content", content)).body());
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
        return lesson;
    }

    @Test
    void importsTheBankReportingBrokenQuestionsByLine() {
        Map<String, Object> report = importBank();
        assertThat(report).containsEntry("imported", 4);
        assertThat(report.get("errors").toString()).contains("line=9");
        List<Map<String, Object>> bank = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course
                + "/questions"), trainer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(bank).extracting(q -> q.get("type")).contains("qtype_singlechoice", "qtype_truefalse", "qtype_shortanswer", "qtype_essay");
        assertThat(api.get(learner, "/api/courses/" + course + "/questions").code()).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void autosaveSubmitAndReviewFollowTheRules() throws Exception {
        importBank();
        List<Map<String, Object>> bank = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course
                + "/questions"), trainer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        List<Object> ids = bank.stream().filter(q -> !q.get("type").equals("qtype_essay")).map(q -> q.get("id")).toList();
        quiz = publishQuiz(Map.of("questionIds", ids, "passingScorePercent", 60, "role", "GRADED"));

        Map<String, Object> attempt = api.post(learner, "/api/lessons/" + quiz + "/attempts", Map.of()).body();
        UUID attemptId = Api.id(attempt);
        assertThat(api.post(learner, "/api/lessons/" + quiz + "/attempts", Map.of()).body()).containsEntry("id", attemptId.toString());
        String shown = attempt.get("questions").toString();
        assertThat(shown).doesNotContain("correct").doesNotContain("weight").doesNotContain("план безпеки");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) attempt.get("questions");
        Map<String, Object> single = questions.stream().filter(q -> q.get("type").equals("qtype_singlechoice")).findFirst().orElseThrow();
        String kyiv = ((List<Map<String, Object>>) single.get("choices")).stream().filter(c -> c.get("text").toString().contains("Київ"))
                .findFirst().orElseThrow().get("id").toString();
        String wrong = ((List<Map<String, Object>>) single.get("choices")).stream().filter(c -> !c.get("text").toString().contains("Київ"))
                .findFirst().orElseThrow().get("id").toString();
        Map<String, Object> tf = questions.stream().filter(q -> q.get("type").equals("qtype_truefalse")).findFirst().orElseThrow();
        Map<String, Object> sa = questions.stream().filter(q -> q.get("type").equals("qtype_shortanswer")).findFirst().orElseThrow();

        String base = "/api/attempts/" + attemptId + "/answers/";
        assertThat(api.put(learner, base + single.get("id"), Map.of("response", Map.of("choiceId", kyiv), "seq", 2)).code()).isEqualTo(204);
        assertThat(api.put(learner, base + single.get("id"), Map.of("response", Map.of("choiceId", wrong), "seq", 1)).code()).isEqualTo(204);
        assertThat(api.put(learner, base + tf.get("id"), Map.of("response", Map.of("value", false), "seq", 3)).code()).isEqualTo(204);
        assertThat(api.put(learner, base + sa.get("id"), Map.of("response", Map.of("text", "  ПЛАН   безпеки "), "seq", 4)).code()).isEqualTo(204);
        assertThat(api.put(learner, base + tf.get("id"), Map.of("response", Map.of("value", "maybe"), "seq", 5)).code()).isEqualTo(422);

        String other = api.login((String) api.createUser(admin, "Сусідка", hromada, "LEARNER").get("email"), Api.PASSWORD);
        assertThat(api.get(other, "/api/attempts/" + attemptId).code()).isEqualTo(403);
        assertThat(api.put(other, base + tf.get("id"), Map.of("response", Map.of("value", true), "seq", 9)).code()).isEqualTo(403);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Map<String, Object>> results = new ArrayList<>();
        try {
            List<Callable<Map<String, Object>>> submits = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                submits.add(() -> api.post(learner, "/api/attempts/" + attemptId + "/submit", Map.of()).body());
            }
            for (var f : pool.invokeAll(submits)) {
                results.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(results).allSatisfy(r -> assertThat(r).containsEntry("score", 3.0).containsEntry("maxScore", 3.0)
                .containsEntry("passed", true).containsEntry("status", "GRADED"));
        assertThat(api.put(learner, base + tf.get("id"), Map.of("response", Map.of("value", true), "seq", 10)).code()).isEqualTo(409);
        Map<String, Object> after = api.get(learner, "/api/attempts/" + attemptId).body();
        assertThat(after.get("review")).isNotNull();
        Map<String, Object> enrollment = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"), learner),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
        assertThat(enrollment).containsEntry("status", "COMPLETED");
        UUID enrollmentId = UUID.fromString((String) enrollment.get("id"));
        for (int i = 0; i < 100 && completed.count(enrollmentId) == 0; i++) {
            outbox.deliverDue(); // the poller may hold the event a moment; SKIP LOCKED then skips it here
            Thread.sleep(100);
        }
        assertThat(completed.received).filteredOn(e -> e.enrollmentId().equals(enrollmentId))
                .singleElement().satisfies(e -> assertThat(e.result()).as("the graded quiz's result").isEqualTo(100.0));
    }

    @Test
    void thePastDeadlineAttemptIsSubmittedWithWhatWasSaved() throws Exception {
        importBank();
        quiz = publishQuiz(Map.of("category", "Підсумковий", "randomCount", 2, "timeLimitSeconds", 30, "role", "POST_TEST",
                "shuffle", true));
        Map<String, Object> attempt = api.post(learner, "/api/lessons/" + quiz + "/attempts", Map.of()).body();
        assertThat(attempt.get("deadline")).isNotNull();
        assertThat((List<?>) attempt.get("questions")).hasSize(2);
        HttpResponse<Map<String, Object>> submitted = api.post(learner, "/api/attempts/" + attempt.get("id") + "/submit", Map.of());
        assertThat(submitted.code()).isEqualTo(200);
        assertThat(api.post(learner, "/api/attempts/" + attempt.get("id") + "/submit", Map.of()).body()).isEqualTo(submitted.body());
    }
}
