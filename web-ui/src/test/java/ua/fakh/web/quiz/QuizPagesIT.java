package ua.fakh.web.quiz;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class QuizPagesIT extends PageTest {
    QuizWorld world;
    String learner;

    @BeforeEach
    void world() {
        world = new QuizWorld(api);
        learner = world.enrolledLearner();
        browser.signIn(learner, Api.PASSWORD);
    }

    @Test
    void theFrontPageTellsTheRulesAndStartingTwiceContinuesTheSameAttempt() {
        Browser.Page intro = browser.get("/quiz/" + world.quiz);
        assertThat(intro.status()).isEqualTo(200);
        assertThat(intro.html()).contains("Підсумковий тест усіх типів").contains("<dd class=\"quiz-count\">7</dd>")
                .contains("10 хв").contains("використано 0 з 3").contains("60%").contains("найкраща спроба").contains("Почати тест");

        Browser.Page first = browser.post("/quiz/" + world.quiz + "/start", Map.of());
        Browser.Page second = browser.post("/quiz/" + world.quiz + "/start", Map.of());

        assertThat(first.status()).isEqualTo(303);
        assertThat(first.location()).startsWith("/quiz/attempts/");
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(browser.get("/quiz/" + world.quiz).html()).contains("використано 1 з 3").contains("Продовжити спробу")
                .contains("href=\"" + first.location() + "\"");
    }

    @Test
    void theAttemptPageShowsEveryTypeWithTimerAndIndicatorButNoKey() {
        String html = browser.get(start()).html();

        assertThat(html).contains("type=\"radio\"").contains("type=\"checkbox\"").contains("inputmode=\"decimal\"")
                .contains("<select").contains("<textarea").contains("role=\"timer\"").contains("class=\"quiz-status\"")
                .contains("Хто складає план допомоги?").contains("Збір інформації").containsPattern("/assets/quiz\\.[0-9a-f]{10}\\.js");
        assertThat(html).contains("data-type=\"qtype_singlechoice\"").contains("data-type=\"qtype_multichoice\"")
                .contains("data-type=\"qtype_truefalse\"").contains("data-type=\"qtype_shortanswer\"")
                .contains("data-type=\"qtype_numerical\"").contains("data-type=\"qtype_matching\"").contains("data-type=\"qtype_essay\"");
        // Neither the key nor anything derived from it: accepted answers, weights, feedback, the review.
        assertThat(html).doesNotContain("план безпеки").doesNotContain("Саме так").doesNotContain("weight")
                .doesNotContain("rightAnswer").doesNotContain("Правильна відповідь").doesNotContain("review-item");
    }

    @Test
    void autosaveThroughThePageKeepsTheNewestSequenceNumber() {
        String page = start();
        UUID attempt = attemptId(page);
        String html = browser.get(page).html();
        String shortAnswer = question(html, "qtype_shortanswer");

        assertThat(save(page, shortAnswer, Map.of("text", "нова відповідь"), 5).status()).isEqualTo(204);
        assertThat(save(page, shortAnswer, Map.of("text", "стара відповідь"), 3).status()).isEqualTo(204);
        assertThat(save(page, shortAnswer, Map.of("text", "та сама черга"), 5).status()).isEqualTo(204);

        Map<String, Object> saved = answer(world.attempt(learner, attempt), shortAnswer);
        assertThat(saved).containsEntry("seq", 5).containsEntry("response", Map.of("text", "нова відповідь"));
        assertThat(browser.get(page).html()).contains("value=\"нова відповідь\"").contains("data-seq=\"5\"");
    }

    @Test
    void autosaveWithoutTheCsrfHeaderIsRefused() {
        String page = start();
        String question = question(browser.get(page).html(), "qtype_shortanswer");

        Browser.Page refused = browser.send(HttpRequest.PUT(page + "/answers/" + question,
                Map.of("response", Map.of("text", "підкинуте"), "seq", 1)).contentType(MediaType.APPLICATION_JSON_TYPE));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(answer(world.attempt(learner, attemptId(page)), question)).isEmpty();
    }

    @Test
    void theFormWithoutScriptSubmitsEveryAnswerAndIsGradedByTheKeys() {
        String page = start();
        String html = browser.get(page).html();

        Browser.Page submitted = browser.post(page + "/submit", rightAnswers(html));

        assertThat(submitted.status()).isEqualTo(303);
        assertThat(submitted.location()).isEqualTo(page + "/result");
        Map<String, Object> attempt = world.attempt(learner, attemptId(page));
        assertThat((List<?>) attempt.get("answers")).hasSize(7);
        assertThat(attempt).containsEntry("score", 6.0).containsEntry("maxScore", 7.0).containsEntry("status", "SUBMITTED");
        String result = browser.get(page + "/result").html();
        assertThat(result).contains("Бали: 6 з 7 (86%)").contains("Очікує на оцінювання")
                .contains("Саме так, план складають разом").contains("Опишіть випадок із практики.");
    }

    @Test
    void submittingTwiceGivesOneResultAndALateAnswerIsRefusedReadably() {
        String page = start();
        String html = browser.get(page).html();
        String shortAnswer = question(html, "qtype_shortanswer");
        Map<String, Object> wrong = new HashMap<>(rightAnswers(html));
        wrong.put("a." + shortAnswer, "не знаю");

        Browser.Page first = browser.post(page + "/submit", wrong);
        Browser.Page second = browser.post(page + "/submit", rightAnswers(html));
        Browser.Page late = save(page, shortAnswer, Map.of("text", "план безпеки"), 99);

        assertThat(first.location()).isEqualTo(page + "/result");
        assertThat(second.location()).isEqualTo(page + "/result");
        assertThat(world.attempt(learner, attemptId(page))).containsEntry("score", 5.0);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).contains("application/problem+json");
        assertThat(late.html()).contains("відповіді більше не змінюються");
        assertThat(browser.get(page).location()).isEqualTo(page + "/result");
        assertThat(browser.get("/quiz/" + world.quiz).html()).contains("використано 1 з 3").contains("Почати нову спробу")
                .contains("71% (5 / 7)");
    }

    @Test
    void aNumberThatIsNotOneBringsTheFormBackWithTheOtherAnswersSaved() {
        String page = start();
        String html = browser.get(page).html();
        Map<String, Object> form = new HashMap<>(rightAnswers(html));
        form.put("a." + question(html, "qtype_numerical"), "десять");

        Browser.Page back = browser.post(page + "/submit", form);

        assertThat(back.status()).isEqualTo(422);
        assertThat(back.html()).contains("Введіть число").contains("value=\"десять\"").contains("value=\"план безпеки\"");
        Map<String, Object> attempt = world.attempt(learner, attemptId(page));
        assertThat(attempt).containsEntry("status", "IN_PROGRESS");
        assertThat((List<?>) attempt.get("answers")).hasSize(6);
    }

    @Test
    void anotherLearnerCanNeitherSeeNorAnswerTheAttempt() {
        String page = start();
        String question = question(browser.get(page).html(), "qtype_shortanswer");
        String other = world.enrolledLearner();
        Browser intruder = new Browser(server);
        try {
            intruder.signIn(other, Api.PASSWORD);
            assertThat(intruder.get(page).status()).isEqualTo(403);
            assertThat(intruder.get(page).html()).doesNotContain("Хто складає план допомоги?");
            assertThat(intruder.get(page + "/result").status()).isEqualTo(403);
            Browser.Page put = intruder.send(HttpRequest.PUT(page + "/answers/" + question,
                            Map.of("response", Map.of("text", "чуже"), "seq", 1000))
                    .contentType(MediaType.APPLICATION_JSON_TYPE).header("X-CSRF-Token", intruder.csrfToken())
                    .accept(MediaType.APPLICATION_JSON_TYPE));
            assertThat(put.status()).isEqualTo(403);
            assertThat(intruder.post(page + "/submit", Map.of()).status()).isEqualTo(403);
        } finally {
            intruder.close();
        }
        assertThat(world.attempt(learner, attemptId(page))).containsEntry("status", "IN_PROGRESS");
    }

    private String start() {
        return browser.post("/quiz/" + world.quiz + "/start", Map.of()).location();
    }

    private static UUID attemptId(String page) {
        return UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
    }

    private Browser.Page save(String page, String question, Map<String, Object> response, long seq) {
        return browser.send(HttpRequest.PUT(page + "/answers/" + question, Map.of("response", response, "seq", seq))
                .contentType(MediaType.APPLICATION_JSON_TYPE).accept(MediaType.APPLICATION_JSON_TYPE)
                .header("X-CSRF-Token", browser.csrfToken()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(Map<String, Object> attempt, String questionId) {
        return ((List<Map<String, Object>>) attempt.get("answers")).stream()
                .filter(a -> questionId.equals(a.get("questionId"))).findFirst().orElse(Map.of());
    }

    static String question(String html, String type) {
        return new Browser.Page(200, html, null).find("data-question=\"([^\"]+)\" data-type=\"" + type + "\"");
    }

    /** The option whose label is {@code text}: radio, check box or select option. */
    static String option(String html, String text) {
        Matcher m = Pattern.compile("value=\"([^\"]+)\"(?: checked| selected)?>\\s*" + Pattern.quote(text)).matcher(html);
        if (!m.find()) {
            throw new AssertionError("No option " + text);
        }
        return m.group(1);
    }

    /** The form a learner without the script posts when every answer is right (and the essay is written). */
    static Map<String, Object> rightAnswers(String html) {
        Map<String, Object> form = new HashMap<>();
        form.put("a." + question(html, "qtype_singlechoice"), option(html, "Фахівець разом з отримувачем"));
        String multi = question(html, "qtype_multichoice");
        form.put("a." + multi, List.of(option(html, "Виснаження"), option(html, "Цинізм")));
        form.put("a." + multi + ".none", "");
        form.put("a." + question(html, "qtype_truefalse"), "false");
        form.put("a." + question(html, "qtype_shortanswer"), "план безпеки");
        form.put("a." + question(html, "qtype_numerical"), "10");
        String matching = question(html, "qtype_matching");
        Matcher lefts = Pattern.compile("name=\"a\\." + matching + "\\.([^\"]+)\"").matcher(html);
        Map<String, String> rights = Map.of("Оцінка", "Збір інформації", "План", "Домовленість про дії",
                "Моніторинг", "Перевірка результатів");
        while (lefts.find()) {
            String leftId = lefts.group(1);
            String left = new Browser.Page(200, html, null).find("for=\"m-" + matching + "-" + Pattern.quote(leftId) + "\">([^<]+)<");
            form.put("a." + matching + "." + leftId, option(html, rights.get(left)));
        }
        form.put("a." + question(html, "qtype_essay"), "Випадок: родина з трьома дітьми, план безпеки склали разом.");
        return form;
    }
}
