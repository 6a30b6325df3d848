package ua.fakh.web.quiz;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link LearnWorld}'s published course with one more lesson: a timed post-test of seven questions,
 * one of every type, imported from GIFT and asked in a fixed order. {@link #KEY} says how to answer
 * each rightly.
 */
public final class QuizWorld {
    /** The bank, in the order the quiz asks it; the essay is graded by a trainer, so a perfect attempt scores 6 of 7. */
    static final String GIFT = """
            $CATEGORY: Усі типи

            ::Одна:: Хто складає план допомоги? {=Фахівець разом з отримувачем#Саме так, план складають разом ~Лише фахівець ~Лише керівник}

            ::Кілька:: Що є ознаками вигорання? {~%50%Виснаження ~%50%Цинізм ~%-100%Підвищена енергія}

            ::Правда:: Вигорання буває лише у новачків. {F}

            ::Коротка:: Як називається план дій у кризі? {=план безпеки}

            ::Число:: Скільки днів триває оцінка потреб? {#10:0}

            ::Пари:: Зіставте етапи з їхнім змістом. {=Оцінка -> Збір інформації =План -> Домовленість про дії =Моніторинг -> Перевірка результатів}

            ::Есе:: Опишіть випадок із практики. {}
            """;
    static final List<String> TITLES = List.of("Одна", "Кілька", "Правда", "Коротка", "Число", "Пари", "Есе");

    public final LearnWorld learn;
    public final LearnWorld.Course course;
    public final UUID quiz;
    private final Api api;

    /** {@code settings}: content_quiz settings over the defaults (10 minutes, 3 attempts, answers shown after submission). */
    public QuizWorld(Api api, Map<String, Object> settings) {
        this.api = api;
        learn = new LearnWorld(api);
        course = learn.publishedCourse("OPEN", null);
        check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course.id() + "/questions/import", GIFT)
                .contentType(MediaType.TEXT_PLAIN_TYPE), learn.trainer)));
        List<Map<String, Object>> bank = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course.id()
                + "/questions"), learn.trainer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        List<String> ids = TITLES.stream().map(title -> bank.stream().filter(q -> title.equals(q.get("title")))
                .findFirst().orElseThrow(() -> new AssertionError("Not imported: " + title)).get("id").toString()).toList();
        Map<String, Object> content = new HashMap<>(Map.of("questionIds", ids, "timeLimitSeconds", 600, "attemptsAllowed", 3,
                "passingScorePercent", 60, "role", "POST_TEST", "showAnswers", "AFTER_SUBMIT"));
        content.putAll(settings);
        UUID section = Api.id(check(api.post(learn.trainer, "/api/courses/" + course.id() + "/sections", Map.of("title", "Тести"))));
        quiz = Api.id(check(api.post(learn.trainer, "/api/sections/" + section + "/lessons",
                Map.of("title", "Підсумковий тест усіх типів", "type", "content_quiz", "content", content))));
        check(api.post(learn.trainer, "/api/courses/" + course.id() + "/publish", Map.of()));
    }

    public QuizWorld(Api api) {
        this(api, Map.of());
    }

    /** A learner enrolled in the course; returns the e-mail (password {@link Api#PASSWORD}). */
    public String enrolledLearner() {
        String email = learn.newLearner();
        check(api.post(api.login(email, Api.PASSWORD), "/api/courses/" + course.id() + "/enrollments", Map.of()));
        return email;
    }

    /** The attempt as its owner reads it through the API: answers, score, status. */
    public Map<String, Object> attempt(String email, UUID attemptId) {
        return check(api.get(api.login(email, Api.PASSWORD), "/api/attempts/" + attemptId));
    }

    private static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body();
    }
}
