package ua.fakh.courses.assessment;

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
import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A description (GIFT text without answers) is shown in a quiz but asks nothing: no points, no answer, never drawn. */
@MicronautTest(transactional = false)
class QuizDescriptionIT {
    static final String GIFT = """
            $CATEGORY: Кейс

            ::Випадок:: Олена, 34 роки, виховує двох дітей сама; сусіди кажуть, що діти часто голодні.

            ::Перший крок:: Що соціальний працівник робить спершу? {=Оцінює потреби сім'ї ~Вилучає дітей ~Нічого}

            ::Сусіди:: Скарги сусідів самі собою доводять, що діти в небезпеці. {F}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String trainer;
    String learner;
    UUID course;
    UUID section;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        trainer = api.login((String) api.createUser(admin, "Тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
        learner = api.login((String) api.createUser(admin, "Учасниця", hromada, "LEARNER").get("email"), Api.PASSWORD);
        course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Випадки"),
                "summary", "Опис", "hours", 2, "outcomes", List.of("Знає"), "language", "uk",
                "providerId", provider.toString()))).body());
        Map<String, Object> report = api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", GIFT)
                .contentType(MediaType.TEXT_PLAIN_TYPE), trainer)).body();
        assertThat(report).containsEntry("imported", 3).containsEntry("errors", List.of());
        section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Тести")).body());
    }

    private List<Map<String, Object>> bank() {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/questions"), trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private HttpResponse<Map<String, Object>> addQuiz(Map<String, Object> content) {
        return api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Тест за випадком",
                "type", "content_quiz", "content", content));
    }

    private UUID publish(Map<String, Object> content) {
        HttpResponse<Map<String, Object>> saved = addQuiz(content);
        assertThat(saved.code()).as(Api.body(saved).toString()).isEqualTo(201);
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
        return Api.id(saved.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDescriptionIsShownWithoutPointsAndTheTotalLeavesItOut() {
        List<Map<String, Object>> bank = bank();
        assertThat(bank).extracting(q -> q.get("type")).containsExactlyInAnyOrder("qtype_description", "qtype_singlechoice",
                "qtype_truefalse");
        List<Object> ids = bank.stream().sorted(java.util.Comparator.comparing(q -> q.get("type").equals("qtype_description") ? 0 : 1))
                .map(q -> q.get("id")).toList();
        UUID quiz = publish(Map.of("questionIds", ids, "passingScorePercent", 50, "role", "GRADED"));

        Map<String, Object> attempt = api.post(learner, "/api/lessons/" + quiz + "/attempts", Map.of()).body();
        assertThat(attempt).containsEntry("maxScore", 2.0);
        List<Map<String, Object>> questions = (List<Map<String, Object>>) attempt.get("questions");
        Map<String, Object> description = questions.get(0);
        assertThat(description).containsEntry("type", "qtype_description").containsEntry("points", 0.0);
        assertThat(description.get("text").toString()).contains("Олена, 34 роки");
        Map<String, Object> single = questions.stream().filter(q -> q.get("type").equals("qtype_singlechoice")).findFirst().orElseThrow();
        Map<String, Object> tf = questions.stream().filter(q -> q.get("type").equals("qtype_truefalse")).findFirst().orElseThrow();
        assertThat(single).containsEntry("points", 1.0);
        String right = ((List<Map<String, Object>>) single.get("choices")).stream()
                .filter(c -> c.get("text").toString().contains("Оцінює")).findFirst().orElseThrow().get("id").toString();

        UUID attemptId = Api.id(attempt);
        String base = "/api/attempts/" + attemptId + "/answers/";
        assertThat(api.put(learner, base + single.get("id"), Map.of("response", Map.of("choiceId", right), "seq", 1)).code()).isEqualTo(204);
        assertThat(api.put(learner, base + tf.get("id"), Map.of("response", Map.of("value", true), "seq", 2)).code()).isEqualTo(204);
        // Whatever is sent for the description is nothing: it earns nothing.
        assertThat(api.put(learner, base + description.get("id"), Map.of("response", Map.of("text", "так"), "seq", 3)).code())
                .isEqualTo(204);

        Map<String, Object> result = api.post(learner, "/api/attempts/" + attemptId + "/submit", Map.of()).body();
        assertThat(result).containsEntry("score", 1.0).containsEntry("maxScore", 2.0).containsEntry("passed", true)
                .containsEntry("status", "GRADED");
        Map<String, Object> after = api.get(learner, "/api/attempts/" + attemptId).body();
        List<Map<String, Object>> review = (List<Map<String, Object>>) after.get("review");
        assertThat(review).filteredOn(r -> r.get("questionId").equals(description.get("id"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("score", 0.0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRandomDrawNeverPicksTheDescriptionAndCountsOnlyWhatItMayPick() {
        HttpResponse<Map<String, Object>> tooMany = addQuiz(Map.of("category", "Кейс", "randomCount", 3));
        assertThat(tooMany.code()).isEqualTo(422);
        assertThat(Api.body(tooMany).get("errors").toString()).contains("content.randomCount");

        UUID quiz = publish(Map.of("category", "Кейс", "randomCount", 2, "attemptsAllowed", 10));
        for (int i = 0; i < 4; i++) {
            Map<String, Object> attempt = api.post(learner, "/api/lessons/" + quiz + "/attempts", Map.of()).body();
            assertThat((List<Map<String, Object>>) attempt.get("questions")).extracting(q -> q.get("type"))
                    .containsExactlyInAnyOrder("qtype_singlechoice", "qtype_truefalse");
            assertThat(attempt).containsEntry("maxScore", 2.0);
            api.post(learner, "/api/attempts/" + Api.id(attempt) + "/submit", Map.of());
        }
    }

    @Test
    void aQuizOfADescriptionAloneHasNothingToScoreAndIsPassed() {
        Object description = bank().stream().filter(q -> q.get("type").equals("qtype_description")).findFirst().orElseThrow().get("id");
        UUID quiz = publish(Map.of("questionIds", List.of(description), "passingScorePercent", 80, "role", "GRADED"));
        Map<String, Object> attempt = api.post(learner, "/api/lessons/" + quiz + "/attempts", Map.of()).body();
        assertThat(attempt).containsEntry("maxScore", 0.0);
        Map<String, Object> result = api.post(learner, "/api/attempts/" + Api.id(attempt) + "/submit", Map.of()).body();
        assertThat(result).containsEntry("score", 0.0).containsEntry("maxScore", 0.0).containsEntry("passed", true);
    }
}
