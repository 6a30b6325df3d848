package ua.fakh.web.quiz;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.MovableClock;
import ua.fakh.web.testing.Browser;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz pages of an offline window: the front page says whether the quiz may be taken offline and
 * carries the (script-shown) button; the window comes as JSON to the page's script; the attempt page
 * carries its token and deadline; answers replayed after the deadline count, and the result page and
 * the trainer's pages say the attempt was taken offline and which answers arrived late.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.movable-clock", value = "true")
@Property(name = "fakh.quiz-sweep", value = "1h")
class QuizOfflinePagesIT extends ua.fakh.web.testing.PageTest {
    @Inject
    MovableClock clock;

    @Inject
    ObjectMapper json;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private QuizWorld offlineWorld() {
        return new QuizWorld(api, Map.of("offline", true, "offlineHours", 1));
    }

    private String learnerOf(QuizWorld world) {
        String learner = world.enrolledLearner();
        browser.signIn(learner, Api.PASSWORD);
        return learner;
    }

    private Browser.Page fetchWindow(QuizWorld world, boolean withToken) {
        MutableHttpRequest<?> request = HttpRequest.POST("/quiz/" + world.quiz + "/offline-window", Map.of())
                .contentType(MediaType.APPLICATION_JSON_TYPE).accept(MediaType.APPLICATION_JSON_TYPE);
        if (withToken) {
            request.header("X-CSRF-Token", browser.csrfToken());
        }
        return browser.send(request);
    }

    private Map<String, Object> window(QuizWorld world) {
        Browser.Page page = fetchWindow(world, true);
        assertThat(page.status()).as(page.html()).isEqualTo(200);
        return read(page);
    }

    private Map<String, Object> read(Browser.Page page) {
        try {
            return json.readValue(page.html(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError(page.html(), e);
        }
    }

    private Browser.Page save(Map<String, Object> window, String question, Map<String, Object> response, long seq,
                              Instant savedAt, boolean withWindow) {
        Map<String, Object> body = new HashMap<>(Map.of("response", response, "seq", seq, "savedAt", savedAt.toEpochMilli()));
        MutableHttpRequest<?> request = HttpRequest.PUT(window.get("attemptUrl") + "/answers/" + question, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).accept(MediaType.APPLICATION_JSON_TYPE)
                .header("X-CSRF-Token", browser.csrfToken());
        if (withWindow) {
            request.header("X-Offline-Window", String.valueOf(window.get("token")));
        }
        return browser.send(request);
    }

    @Test
    void theTrainersFormAllowsTakingTheQuizOfflineInAWindowOfSomeHours() {
        QuizWorld world = new QuizWorld(api);
        String lesson = "/teach/courses/" + world.course.id() + "/lessons/" + world.quiz;
        browser.signIn(world.learn.trainerEmail, Api.PASSWORD);
        String before = browser.get(lesson).html();
        Map<String, Object> form = new HashMap<>(Map.of("lessonId", world.quiz.toString(), "title", "Підсумковий тест усіх типів",
                "type", "content_quiz", "c.role", "POST_TEST", "c.category", "Усі типи", "c.int.randomCount", "7",
                "c.bool.offline", "true", "c.int.offlineHours", "48"));
        form.put("sectionId", api.get(world.learn.trainer, "/api/lessons/" + world.quiz).body().get("sectionId"));

        Browser.Page saved = browser.post(lesson, form);

        assertThat(before).contains("name=\"c.bool.offline\" value=\"true\">").contains("Можна проходити без звʼязку")
                .contains("name=\"c.int.offlineHours\"").contains("Офлайн-вікно (годин)").contains("від 1 до 336 годин");
        assertThat(saved.status()).isEqualTo(303);
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) api.get(world.learn.trainer, "/api/lessons/" + world.quiz).body()
                .get("content");
        assertThat(content).containsEntry("offline", true).containsEntry("offlineHours", 48);
        assertThat(browser.get(lesson).html()).contains("name=\"c.bool.offline\" value=\"true\" checked>")
                .contains("name=\"c.int.offlineHours\" type=\"number\" value=\"48\"");
    }

    @Test
    void theFrontPageSaysWhetherTheQuizMayBeTakenOfflineAndCarriesTheButtonForTheScript() {
        QuizWorld offline = offlineWorld();
        QuizWorld online = new QuizWorld(api);
        learnerOf(offline);
        String allowed = browser.get("/quiz/" + offline.quiz).html();
        browser.close();
        browser = new Browser(server);
        learnerOf(online);
        String notAllowed = browser.get("/quiz/" + online.quiz).html();

        assertThat(allowed).contains("Цей тест можна проходити без звʼязку").contains("протягом 1 год")
                .contains("<button type=\"button\" class=\"quiz-offline-prepare\" hidden data-window-url=\"/quiz/" + offline.quiz
                        + "/offline-window\" data-course=\"" + offline.course.id() + "\">");
        assertThat(notAllowed).contains("Для цього тесту потрібен звʼязок").doesNotContain("quiz-offline-prepare");
    }

    @Test
    void theWindowComesOnceToThePagesScriptAndTheAttemptPageCarriesItsTokenAndDeadline() {
        QuizWorld world = offlineWorld();
        learnerOf(world);

        Browser.Page withoutCsrf = fetchWindow(world, false);
        Map<String, Object> first = window(world);
        Map<String, Object> second = window(world);
        String attempt = browser.get(String.valueOf(first.get("attemptUrl"))).html();
        String intro = browser.get("/quiz/" + world.quiz).html();

        assertThat(withoutCsrf.status()).isEqualTo(403);
        assertThat(second).isEqualTo(first);
        assertThat((List<?>) first.get("questionIds")).hasSize(7);
        assertThat(attempt).contains("data-offline=\"true\"").contains("data-window-token=\"" + first.get("token") + "\"")
                .contains("data-deadline-ms=\"" + first.get("deadlineMillis") + "\"").contains("data-time-limit-seconds=\"600\"").containsPattern("data-now=\"\\d+\"")
                .contains("Офлайн-спроба").contains("name=\"offlineWindow\" value=\"" + first.get("token") + "\"");
        assertThat(intro).contains("Ваше офлайн-вікно діє до").contains("Зберегти цю спробу для проходження без звʼязку");
    }

    @Test
    void anAnswerWithoutTheWindowIsRefusedAndAReplayAfterTheDeadlineCountsAndIsShownToLearnerAndTrainer() {
        QuizWorld world = offlineWorld();
        learnerOf(world);
        Map<String, Object> window = window(world);
        String html = browser.get(String.valueOf(window.get("attemptUrl"))).html();
        String shortAnswer = QuizPagesIT.question(html, "qtype_shortanswer");
        String trueFalse = QuizPagesIT.question(html, "qtype_truefalse");
        String essay = QuizPagesIT.question(html, "qtype_essay");
        Instant granted = Instant.parse(String.valueOf(window.get("grantedAt")));

        Browser.Page withoutWindow = save(window, shortAnswer, Map.of("text", "план безпеки"), 1, granted.plusSeconds(30), false);
        Browser.Page inTime = save(window, shortAnswer, Map.of("text", "план безпеки"), 1, granted.plusSeconds(60), true);
        Browser.Page essayInTime = save(window, essay, Map.of("text", "Випадок із практики"), 2, granted.plusSeconds(90), true);
        clock.advance(Duration.ofHours(3)); // the answers made offline reach the server hours after the window closed
        Browser.Page late = save(window, trueFalse, Map.of("value", false), 3, granted.plusSeconds(300), true);
        Browser.Page submitted = browser.post(window.get("attemptUrl") + "/submit", Map.of()); // the queued submit: no answers
        String result = browser.get(window.get("attemptUrl") + "/result").html();

        assertThat(withoutWindow.status()).isEqualTo(422);
        assertThat(withoutWindow.contentType()).contains("application/problem+json");
        assertThat(withoutWindow.html()).contains("офлайн-вікна");
        assertThat(inTime.status()).isEqualTo(204);
        assertThat(essayInTime.status()).isEqualTo(204);
        assertThat(late.status()).isEqualTo(200);
        assertThat(read(late)).containsEntry("late", true);
        assertThat(submitted.status()).isEqualTo(303);
        assertThat(submitted.location()).isEqualTo(window.get("attemptUrl") + "/result");
        assertThat(result).contains("Цю спробу пройдено без звʼязку").contains("Бали: 2 з 7");
        assertThat(new Browser.Page(200, result, null).find("(?s)class=\"quiz-late-answers\">(.*?)</div>"))
                .contains("збережено на вашому пристрої").contains("Питання 3").doesNotContain("Питання 4");

        Browser trainer = new Browser(server);
        try {
            trainer.signIn(world.learn.trainerEmail, Api.PASSWORD);
            String gradebook = trainer.get("/teach/courses/" + world.course.id() + "/gradebook").html();
            String grading = trainer.get("/teach/courses/" + world.course.id() + "/grading").html();
            assertThat(gradebook).contains("без звʼязку: 1");
            assertThat(grading).contains("Випадок із практики").contains("пройдено без звʼязку");
        } finally {
            trainer.close();
        }
    }
}
