package ua.fakh.web.plugins;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A question type shipped in a jar of its own is asked, saved, graded and reviewed on the quiz
 * pages with no change anywhere else: it renders its input, reads its answer back from the form,
 * brings its own script and strings.
 */
class ExternalQuestionTypeIT {
    static ExternalQuestionTypeApp app;

    @BeforeAll
    static void start() {
        app = new ExternalQuestionTypeApp();
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
    }

    @Test
    void theTypeComesFromItsJarAlone() throws ClassNotFoundException {
        assertThatThrownBy(() -> Class.forName(KeywordQuestionSources.CLASS)).isInstanceOf(ClassNotFoundException.class);
        assertThat(app.pluginClass().getClassLoader()).isNotSameAs(getClass().getClassLoader());
    }

    @Test
    void aLearnerAnswersItOnThePageAndItIsGradedAndReviewed() {
        String learner = app.enrolledLearner();
        try (Browser browser = new Browser(app.server)) {
            browser.signIn(learner, Api.PASSWORD);
            String page = browser.post("/quiz/" + app.quiz + "/start", Map.of()).location();
            UUID attempt = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
            String field = "a." + questionId(browser.get(page).html());

            String html = browser.get(page).html();
            assertThat(html).contains("data-type=\"qtype_keyword\"", "name=\"" + field + "\"", "Ваше речення",
                    "<output class=\"keyword-letters\">0</output>", "<script src=\"/static/plugins/qtype_keyword/keyword.js\" defer>")
                    .doesNotContain("безпек");

            Browser.Page saved = browser.send(HttpRequest.PUT(page + "/answers/" + field.substring(2),
                            Map.of("fields", Map.of(field, List.of("План безпеки")), "seq", 1))
                    .contentType(MediaType.APPLICATION_JSON_TYPE).accept(MediaType.APPLICATION_JSON_TYPE)
                    .header("X-CSRF-Token", browser.csrfToken()));
            assertThat(saved.status()).isEqualTo(204);
            assertThat(app.attempt(learner, attempt).get("answers").toString()).contains("text=План безпеки");
            assertThat(browser.get(page).html()).contains("value=\"План безпеки\"", "<output class=\"keyword-letters\">12</output>");

            Browser.Page submitted = browser.post(page + "/submit", Map.of(field, "Разом склали план БЕЗПЕКИ"));

            assertThat(submitted.location()).isEqualTo(page + "/result");
            assertThat(app.attempt(learner, attempt)).containsEntry("status", "GRADED").containsEntry("score", 1.0)
                    .containsEntry("passed", true);
            assertThat(browser.get(page + "/result").html()).contains("Бали: 1 з 1 (100%)", "Ключове слово: безпек",
                    "Ваша відповідь: Разом склали план БЕЗПЕКИ");
        }
    }

    @Test
    void itsScriptIsServedFromItsJar() {
        var script = app.staticFile("/static/plugins/qtype_keyword/keyword.js");

        assertThat(script.code()).isEqualTo(200);
        assertThat(new String(script.body(), StandardCharsets.UTF_8)).contains("keyword-letters");
    }

    @Test
    void itIsNamedFromItsOwnBundle() {
        List<Map<String, Object>> plugins = app.api.http().retrieve(Api.authorised(HttpRequest.GET("/api/plugins"),
                app.api.adminToken()).header(HttpHeaders.ACCEPT_LANGUAGE, "uk"), Argument.listOf(Argument.mapOf(String.class, Object.class)));

        assertThat(plugins).filteredOn(p -> ExternalQuestionTypeApp.TYPE.equals(p.get("id"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("name", "Ключове слово").containsEntry("type", "qtype"));
    }

    private static String questionId(String html) {
        return new Browser.Page(200, html, null).find("data-question=\"([^\"]+)\" data-type=\"qtype_keyword\"");
    }
}
