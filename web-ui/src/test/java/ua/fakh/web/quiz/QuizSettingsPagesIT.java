package ua.fakh.web.quiz;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz settings as trainers and learners meet them on the pages: a quiz whose draw cannot be made
 * is refused in the lesson form and at publishing and never tells a learner that attempts are used
 * up; the time limit in minutes; the opening and closing dates on the learner's page.
 */
@MicronautTest(transactional = false)
class QuizSettingsPagesIT extends PageTest {

    /** Settings over {@link QuizWorld}'s: a draw of {@code count} from its one category, unlimited attempts. */
    private static Map<String, Object> draw(int count) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("questionIds", null);
        settings.put("category", "Усі типи");
        settings.put("randomCount", count);
        settings.put("attemptsAllowed", null);
        return settings;
    }

    private String email(String token) {
        return (String) api.get(token, "/api/me").body().get("email");
    }

    /** The lesson form as the trainer's browser sends it, with {@code content} fields ({@code c.*}) of the quiz. */
    private Map<String, Object> lessonForm(QuizWorld world, Map<String, Object> content) {
        Map<String, Object> form = new HashMap<>(content);
        form.put("sectionId", api.get(world.learn.trainer, "/api/lessons/" + world.quiz).body().get("sectionId"));
        form.put("lessonId", world.quiz.toString());
        form.put("title", "Підсумковий тест усіх типів");
        form.put("type", "content_quiz");
        form.put("c.role", "POST_TEST");
        return form;
    }

    /** The trainer moves one question of the bank to another category, as the bank's editor may at any time. */
    private void moveOneQuestionOut(QuizWorld world) {
        List<Map<String, Object>> bank = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + world.course.id()
                + "/questions"), world.learn.trainer), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Map<String, Object> q = bank.stream().filter(b -> "Усі типи".equals(b.get("category")) && "qtype_truefalse".equals(b.get("type")))
                .findFirst().orElseThrow();
        assertThat(api.put(world.learn.trainer, "/api/questions/" + q.get("id"), Map.of("type", q.get("type"), "title",
                q.get("title"), "text", q.get("text"), "category", "Інша", "definition", q.get("definition"))).code()).isEqualTo(200);
    }

    @Test
    void aQuizThatCannotBeDrawnSaysSoAndNeverThatTheAttemptsAreUsedUp() {
        QuizWorld world = new QuizWorld(api, draw(7));
        String learner = world.enrolledLearner();
        moveOneQuestionOut(world);
        browser.signIn(learner, Api.PASSWORD);

        Browser.Page intro = browser.get("/quiz/" + world.quiz);
        Browser.Page start = browser.post("/quiz/" + world.quiz + "/start", Map.of());

        assertThat(intro.html()).contains("використано 0, без обмежень")
                .contains("Тест поки неможливо пройти: тренери ще готують його питання.")
                .doesNotContain("Почати тест").doesNotContain("не залишилося").doesNotContain("використали всі");
        assertThat(start.status()).isEqualTo(409);
        assertThat(start.html()).contains("Тест поки неможливо пройти").doesNotContain("не залишилося");
        assertThat(browser.get("/quiz/" + world.quiz).html()).contains("використано 0, без обмежень");
    }

    @Test
    void theLessonFormRefusesAnEmptyCategoryAndPublishingNamesTheQuizThatCannotBeTaken() {
        QuizWorld world = new QuizWorld(api, draw(7));
        String lesson = "/teach/courses/" + world.course.id() + "/lessons/" + world.quiz;
        browser.signIn(email(world.learn.trainer), Api.PASSWORD);
        Map<String, Object> form = lessonForm(world, Map.of("c.category", "Порожня", "c.int.randomCount", "2",
                "c.int.timeLimitMinutes", "0"));

        Browser.Page refused = browser.post(lesson, form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("у цій категорії банку питань курсу немає жодного питання")
                .contains("вкажіть ціле число хвилин від 1 до 1440");

        moveOneQuestionOut(world);
        Browser.Page publish = browser.post("/teach/courses/" + world.course.id() + "/publish", Map.of());

        assertThat(publish.status()).isEqualTo(400);
        assertThat(publish.html()).contains("«Підсумковий тест усіх типів»: у категорії менше питань, ніж тест бере");
    }

    @Test
    void theFormAsksForMinutesAndKeepsSeconds() {
        QuizWorld world = new QuizWorld(api, draw(7)); // 600 seconds
        String lesson = "/teach/courses/" + world.course.id() + "/lessons/" + world.quiz;
        browser.signIn(email(world.learn.trainer), Api.PASSWORD);

        assertThat(browser.get(lesson).html()).contains("name=\"c.int.timeLimitMinutes\" type=\"number\" value=\"10\"")
                .contains("Обмеження часу (хвилин; порожньо — без обмеження)").doesNotContain("timeLimitSeconds");
        Browser.Page saved = browser.post(lesson, lessonForm(world, Map.of("c.category", "Усі типи", "c.int.randomCount", "7",
                "c.int.timeLimitMinutes", "15")));

        assertThat(saved.status()).isEqualTo(303);
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) api.get(world.learn.trainer, "/api/lessons/" + world.quiz).body().get("content");
        assertThat(content).containsEntry("timeLimitSeconds", 900);
        assertThat(browser.get(lesson).html()).contains("value=\"15\"");
    }

    @Test
    void beforeOpeningTheLearnerSeesWhenItOpensAndCannotStart() {
        Map<String, Object> settings = draw(7);
        settings.put("opensAt", "2030-12-10T10:00");
        QuizWorld world = new QuizWorld(api, settings);
        browser.signIn(world.enrolledLearner(), Api.PASSWORD);

        Browser.Page intro = browser.get("/quiz/" + world.quiz);
        Browser.Page start = browser.post("/quiz/" + world.quiz + "/start", Map.of());

        assertThat(intro.html()).contains("Тест відкриється 10.12.2030 10:00 (за київським часом)")
                .contains("<dt>Відкривається</dt>").doesNotContain("Почати тест");
        assertThat(start.status()).isEqualTo(409);
        assertThat(start.html()).contains("Тест відкриється 10.12.2030 10:00");
        assertThat(browser.get("/quiz/" + world.quiz).html()).contains("використано 0, без обмежень").doesNotContain("quiz-history");
    }

    @Test
    void afterClosingNoNewAttemptStartsAndThePageSaysWhen() {
        Map<String, Object> settings = draw(7);
        settings.put("closesAt", "2020-01-01T10:00");
        QuizWorld world = new QuizWorld(api, settings);
        browser.signIn(world.enrolledLearner(), Api.PASSWORD);

        Browser.Page intro = browser.get("/quiz/" + world.quiz);
        Browser.Page start = browser.post("/quiz/" + world.quiz + "/start", Map.of());

        assertThat(intro.html()).contains("Тест закрито 01.01.2020 10:00 (за київським часом): нові спроби розпочати не можна.")
                .contains("<dt>Закривається</dt>").doesNotContain("Почати тест");
        assertThat(start.status()).isEqualTo(409);
        assertThat(browser.get("/quiz/" + world.quiz).html()).doesNotContain("quiz-history");
    }
}
