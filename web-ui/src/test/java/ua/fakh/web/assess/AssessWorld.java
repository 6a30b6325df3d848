package ua.fakh.web.assess;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The learner pages' world (a provider, its trainer, a published course ending in a post-test) with
 * what the trainer pages need on top: a pre-test over the same question and an essay quiz.
 */
final class AssessWorld {
    final LearnWorld learn;
    final Api api;
    final String trainerEmail;
    final UUID course;
    final UUID preTest;
    final UUID postTest;
    final UUID essayQuiz;

    AssessWorld(Api api) {
        this.api = api;
        learn = new LearnWorld(api);
        trainerEmail = (String) check(api.get(learn.trainer, "/api/me")).get("email");
        LearnWorld.Course published = learn.publishedCourse("TRAINER", null);
        course = published.id();
        postTest = published.lesson("content_quiz");
        check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import",
                "$CATEGORY: Есе\n\n::Есе::Опишіть випадок із практики. {}\n").contentType(MediaType.TEXT_PLAIN_TYPE), learn.trainer)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sections = (List<Map<String, Object>>) check(api.get(learn.trainer, "/api/courses/" + course)).get("sections");
        UUID first = Api.id(sections.get(0));
        preTest = quiz(first, "Вхідний тест", "Тест", "PRE_TEST");
        essayQuiz = quiz(first, "Есе про випадок", "Есе", "GRADED");
        check(api.post(learn.trainer, "/api/courses/" + course + "/publish", Map.of()));
    }

    private UUID quiz(UUID section, String title, String category, String role) {
        return Api.id(check(api.post(learn.trainer, "/api/sections/" + section + "/lessons", Map.of("title", title,
                "type", "content_quiz", "content", Map.of("category", category, "randomCount", 1, "role", role,
                        "passingScorePercent", 50)))));
    }

    void enroll(UUID userId) {
        check(api.post(learn.trainer, "/api/courses/" + course + "/enrollments", Map.of("userIds", List.of(userId.toString()))));
    }

    /** The learner takes a quiz answering {@code response} to its only question and submits. */
    @SuppressWarnings("unchecked")
    Map<String, Object> take(String learnerToken, UUID quiz, Map<String, Object> response) {
        Map<String, Object> attempt = check(api.post(learnerToken, "/api/lessons/" + quiz + "/attempts", Map.of()));
        Map<String, Object> question = ((List<Map<String, Object>>) attempt.get("questions")).get(0);
        check(api.put(learnerToken, "/api/attempts/" + Api.id(attempt) + "/answers/" + question.get("id"),
                Map.of("response", response, "seq", 1)));
        return check(api.post(learnerToken, "/api/attempts/" + Api.id(attempt) + "/submit", Map.of()));
    }

    static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body() == null ? Map.of() : response.body();
    }
}
