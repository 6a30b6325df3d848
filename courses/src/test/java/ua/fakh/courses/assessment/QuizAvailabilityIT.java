package ua.fakh.courses.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.testing.Api;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a quiz can be taken: a draw from a category that lacks the questions is refused when the
 * lesson is saved and when the course is published; the time limit is given in minutes; the opening
 * and closing dates hold on the API.
 */
@MicronautTest(transactional = false)
class QuizAvailabilityIT {
    static final String GIFT = """
            $CATEGORY: Підсумковий

            ::Перше:: План допомоги складають разом з отримувачем. {T}

            ::Друге:: Вигорання буває лише у новачків. {F}
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
        course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Тестування"),
                "summary", "Опис", "hours", 4, "outcomes", List.of("Знає"), "language", "uk",
                "providerId", provider.toString()))).body());
        assertThat(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", GIFT)
                .contentType(MediaType.TEXT_PLAIN_TYPE), trainer)).body()).containsEntry("imported", 2);
        section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Тести")).body());
    }

    private HttpResponse<Map<String, Object>> addQuiz(Map<String, Object> content, String language) {
        return api.exchange(Api.authorised(HttpRequest.POST("/api/sections/" + section + "/lessons",
                Map.of("title", "Підсумковий тест", "type", "content_quiz", "content", content)), trainer)
                .cookie(Cookie.of(LocaleChoice.COOKIE, language)));
    }

    private UUID quiz(Map<String, Object> content) {
        HttpResponse<Map<String, Object>> saved = addQuiz(content, "uk");
        assertThat(saved.code()).as(Api.body(saved).toString()).isEqualTo(201);
        return Api.id(saved.body());
    }

    private void publishAndEnroll() {
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldErrors(HttpResponse<?> response) {
        Map<String, String> errors = new HashMap<>();
        ((List<Map<String, Object>>) Api.body(response).get("errors"))
                .forEach(e -> errors.put(String.valueOf(e.get("field")), String.valueOf(e.get("message"))));
        return errors;
    }

    @Test
    void aDrawFromAnEmptyCategoryIsRefusedOnSaveNamingTheFieldWithTheOtherErrors() {
        HttpResponse<Map<String, Object>> uk = addQuiz(Map.of("category", "Порожня", "randomCount", 2, "timeLimitMinutes", 0), "uk");
        HttpResponse<Map<String, Object>> en = addQuiz(Map.of("category", "Порожня", "randomCount", 2), "en");

        assertThat(uk.code()).isEqualTo(422);
        assertThat(uk.getContentType().orElseThrow().toString()).contains("application/problem+json");
        assertThat(fieldErrors(uk)).containsEntry("content.category",
                        "у цій категорії банку питань курсу немає жодного питання: додайте питання або оберіть іншу категорію")
                .containsKey("content.timeLimitMinutes");
        assertThat(fieldErrors(en)).containsEntry("content.category",
                "this category of the course's question bank has no questions: add some or choose another category");
        assertThat(api.get(trainer, "/api/courses/" + course).body().get("sections").toString()).doesNotContain("Підсумковий тест");
    }

    @Test
    void aDrawOfMoreQuestionsThanTheCategoryHoldsIsRefusedOnSave() {
        HttpResponse<Map<String, Object>> refused = addQuiz(Map.of("category", "Підсумковий", "randomCount", 3), "uk");

        assertThat(refused.code()).isEqualTo(422);
        assertThat(fieldErrors(refused)).containsOnlyKeys("content.randomCount")
                .containsEntry("content.randomCount", "у категорії менше питань, ніж тест бере: зменште кількість або додайте питання");
        quiz(Map.of("category", "Підсумковий", "randomCount", 2));
    }

    @Test
    void publishingNamesTheQuizWhoseCategoryLostItsQuestions() {
        UUID quiz = quiz(Map.of("category", "Підсумковий", "randomCount", 2));
        List<Map<String, Object>> bank = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course
                + "/questions"), trainer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Map<String, Object> first = bank.get(0);
        assertThat(api.put(trainer, "/api/questions/" + first.get("id"), Map.of("type", first.get("type"), "title", first.get("title"),
                "text", first.get("text"), "category", "Інша", "definition", first.get("definition"))).code()).isEqualTo(200);

        HttpResponse<Map<String, Object>> publish = api.post(trainer, "/api/courses/" + course + "/publish", Map.of());

        assertThat(publish.code()).isEqualTo(400);
        assertThat(fieldErrors(publish)).containsKey("lessons." + quiz);
        assertThat(fieldErrors(publish).get("lessons." + quiz)).contains("менше питань");
    }

    @Test
    void theTimeLimitIsGivenInMinutesAndKeptInSeconds() {
        UUID quiz = quiz(Map.of("category", "Підсумковий", "randomCount", 2, "timeLimitMinutes", 15));
        publishAndEnroll();

        Map<String, Object> content = (Map<String, Object>) api.get(trainer, "/api/lessons/" + quiz).body().get("content");
        Map<String, Object> attempt = api.post(learner, "/api/lessons/" + quiz + "/attempts", Map.of()).body();

        assertThat(content).containsEntry("timeLimitSeconds", 900).doesNotContainKey("timeLimitMinutes");
        Duration limit = Duration.between(Instant.now(), Instant.parse(String.valueOf(attempt.get("deadline"))));
        assertThat(limit).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void noAttemptStartsBeforeTheQuizOpensOrAfterItClosesAndOneUnderWayEndsAtClosing() {
        Instant closing = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UUID notYet = quiz(Map.of("category", "Підсумковий", "randomCount", 1, "opensAt", Instant.now().plus(Duration.ofDays(1)).toString()));
        UUID closed = quiz(Map.of("category", "Підсумковий", "randomCount", 1, "closesAt", Instant.now().minus(Duration.ofHours(1)).toString()));
        UUID closing30 = quiz(Map.of("category", "Підсумковий", "randomCount", 1, "timeLimitMinutes", 120, "closesAt", closing.toString()));
        publishAndEnroll();

        HttpResponse<Map<String, Object>> early = api.post(learner, "/api/lessons/" + notYet + "/attempts", Map.of());
        HttpResponse<Map<String, Object>> late = api.exchange(Api.authorised(HttpRequest.POST("/api/lessons/" + closed + "/attempts",
                Map.of()), learner).cookie(Cookie.of(LocaleChoice.COOKIE, "en")));
        Map<String, Object> capped = api.post(learner, "/api/lessons/" + closing30 + "/attempts", Map.of()).body();

        assertThat(early.code()).isEqualTo(409);
        assertThat(Api.body(early)).containsEntry("detail", "Тест ще не відкрито.");
        assertThat(late.code()).isEqualTo(409);
        assertThat(Api.body(late)).containsEntry("detail", "This quiz is closed: no new attempts can start.");
        assertThat(Instant.parse(String.valueOf(capped.get("deadline")))).isEqualTo(closing);
    }

    @Test
    void aQuizMustCloseAfterItOpensAndItsDatesMustBeDates() {
        Instant now = Instant.now();
        HttpResponse<Map<String, Object>> refused = addQuiz(Map.of("category", "Підсумковий", "randomCount", 1,
                "opensAt", now.plus(Duration.ofDays(2)).toString(), "closesAt", now.plus(Duration.ofDays(1)).toString()), "uk");
        HttpResponse<Map<String, Object>> garbled = addQuiz(Map.of("category", "Підсумковий", "randomCount", 1,
                "opensAt", "завтра"), "uk");
        UUID kyiv = quiz(Map.of("category", "Підсумковий", "randomCount", 1, "opensAt", "2026-12-10T10:00"));

        assertThat(fieldErrors(refused)).containsOnlyKeys("content.closesAt");
        assertThat(fieldErrors(garbled)).containsOnlyKeys("content.opensAt");
        // a wall-clock time without an offset (the form's) is Kyiv time: 10:00 there is 08:00 UTC in December
        assertThat((Map<String, Object>) api.get(trainer, "/api/lessons/" + kyiv).body().get("content"))
                .containsEntry("opensAt", "2026-12-10T08:00:00Z");
    }
}
