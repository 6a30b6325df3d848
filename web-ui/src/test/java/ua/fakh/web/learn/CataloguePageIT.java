package ua.fakh.web.learn;

import io.micronaut.http.HttpResponse;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue page: word forms, the reader's standing on each card, titles and providers in the reader's language. */
@MicronautTest(transactional = false)
class CataloguePageIT extends PageTest {
    LearnWorld world;
    String learnerEmail;
    String learnerToken;

    @BeforeEach
    void world() {
        world = new LearnWorld(api);
        learnerEmail = world.newLearner();
        learnerToken = api.login(learnerEmail, Api.PASSWORD);
        browser.signIn(learnerEmail, Api.PASSWORD);
    }

    @Test
    void findsTheTitleSayingНасильствуWhenAskedForНасильство() {
        Published violence = publish("Протидія домашньому насильству", null, "uk", List.of("насильство"));

        Browser.Page page = browser.get("/courses?provider=" + world.provider + "&q=" + Browser.encode("насильство"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("/courses/" + violence.id()).contains("Знайдено курсів: 1");
    }

    @Test
    void aCardSaysWhetherTheReaderIsEnrolledOrHasCompleted() {
        Published enrolled = publish("Ведення випадку", null, "uk", List.of());
        Published completed = publish("Супервізія", null, "uk", List.of());
        Published other = publish("Медіація", null, "uk", List.of());
        enrol(enrolled);
        UUID enrollment = enrol(completed);
        assertThat(api.post(learnerToken, "/api/enrollments/" + enrollment + "/lessons/" + completed.lesson() + "/complete", Map.of())
                .code()).isLessThan(300);

        String html = browser.get("/courses?provider=" + world.provider).html();

        assertThat(card(html, enrolled.id())).contains("Ви записані на цей курс").doesNotContain("Ви завершили");
        assertThat(card(html, completed.id())).contains("Ви завершили цей курс");
        assertThat(card(html, other.id())).doesNotContain("Ви записані").doesNotContain("Ви завершили");
        browser.get("/lang/en?next=/");
        assertThat(card(browser.get("/courses?provider=" + world.provider).html(), completed.id()))
                .contains("You have completed this course");
    }

    @Test
    void anEnglishReaderGetsCoursesSortedByTheirEnglishTitles() {
        Published zulu = publish("Альфа", "Zulu", "uk", List.of());
        Published alpha = publish("Бета", "Alpha", "uk", List.of());

        String ukrainian = browser.get("/courses?provider=" + world.provider).html();
        browser.get("/lang/en?next=/");
        String english = browser.get("/courses?provider=" + world.provider).html();

        assertThat(ukrainian.indexOf("/courses/" + zulu.id())).isLessThan(ukrainian.indexOf("/courses/" + alpha.id()));
        assertThat(english.indexOf("/courses/" + alpha.id())).isLessThan(english.indexOf("/courses/" + zulu.id()));
    }

    @Test
    void aTitleInAnotherLanguageCarriesItsLangAndFeminineFiltersSayБудьЯка() {
        Published english = publish("Working with families", null, "en", List.of());

        String html = browser.get("/courses?provider=" + world.provider).html();

        assertThat(html).contains("<a href=\"/courses/" + english.id() + "\" lang=\"en\">Working with families</a>");
        assertThat(html).contains("<option value=\"\">Будь-яка</option>").contains("<option value=\"\">Будь-який</option>");
    }

    private Published publish(String title, String titleEn, String language, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("titleEn", titleEn);
        body.put("summary", "Опис курсу");
        body.put("hours", 2);
        body.put("outcomes", List.of("Результат"));
        body.put("competences", List.of());
        body.put("language", language);
        body.put("providerId", world.provider.toString());
        body.put("tags", tags);
        UUID id = Api.id(ok(api.post(world.trainer, "/api/courses", body)));
        UUID section = Api.id(ok(api.post(world.trainer, "/api/courses/" + id + "/sections", Map.of("title", "Розділ"))));
        UUID lesson = Api.id(ok(api.post(world.trainer, "/api/sections/" + section + "/lessons",
                Map.of("title", "Урок", "type", "content_markdown", "content", Map.of("markdown", "текст")))));
        ok(api.post(world.trainer, "/api/courses/" + id + "/publish", Map.of()));
        return new Published(id, lesson);
    }

    private UUID enrol(Published course) {
        return Api.id(ok(api.post(learnerToken, "/api/courses/" + course.id() + "/enrollments", Map.of())));
    }

    /** The catalogue card of one course. */
    private static String card(String html, UUID courseId) {
        int link = html.indexOf("/courses/" + courseId + "\"");
        assertThat(link).as("card of " + courseId).isPositive();
        int start = html.lastIndexOf("<li class=\"course-card\">", link);
        return html.substring(start, html.indexOf("</li>", link));
    }

    private static Map<String, Object> ok(HttpResponse<Map<String, Object>> response) {
        assertThat(response.code()).as(String.valueOf(Api.body(response))).isLessThan(300);
        return response.body();
    }

    private record Published(UUID id, UUID lesson) {
    }
}
