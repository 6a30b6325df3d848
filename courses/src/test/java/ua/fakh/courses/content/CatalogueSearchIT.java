package ua.fakh.courses.content;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import io.micronaut.transaction.TransactionOperations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue finds courses by the forms of their words (Ukrainian lemmas, English stems) and ranks them. */
@MicronautTest(transactional = false)
class CatalogueSearchIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    TransactionOperations<Connection> transactions;

    CourseWorld world;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        world = new CourseWorld(api);
    }

    @Test
    void findsAnotherFormOfAWordInTitleAndTag() {
        UUID violence = published(Map.of("title", "Протидія домашньому насильству", "tags", List.of("насильство")));
        published(Map.of("title", "Ведення випадку", "tags", List.of("кейс-менеджмент")));

        assertThat(search("насильство")).containsExactly(violence);
        assertThat(search("НАСИЛЬСТВА")).containsExactly(violence);
        assertThat(search("нaсильство")).as("a Latin 'a' typed inside a Cyrillic word").containsExactly(violence);
        assertThat(search("домашнє насильство")).containsExactly(violence);
    }

    @Test
    void findsWordsOfOutcomesTrainersAndApostrophes() {
        UUID family = published(Map.of("title", "Підтримка сім’ї", "outcomes", List.of("Консультує батьків дітей з інвалідністю")));

        assertThat(search("батьки")).containsExactly(family);
        assertThat(search("сімʼя")).containsExactly(family);
        assertThat(search("сім'ї")).containsExactly(family);
        assertThat(search("Оксани Тренерки")).as("the trainer's name in another case").containsExactly(family);
        assertThat(search("бухгалтерія")).isEmpty();
    }

    @Test
    void findsEnglishWordForms() {
        UUID english = published(Map.of("title", "Сімейні конференції", "titleEn", "Supporting families affected by violence",
                "summaryEn", "Trainers practise family group conferencing"));

        assertThat(search("supported family")).containsExactly(english);
        assertThat(search("VIOLENCE")).containsExactly(english);
        assertThat(search("trainer")).containsExactly(english);
    }

    @Test
    void ranksTitleAboveTagAboveOutcomeAboveDescriptionAndNarrowsByEveryWord() {
        UUID inSummary = published(Map.of("title", "Курс чотири", "summary", "Про медіацію у громаді"));
        UUID inOutcome = published(Map.of("title", "Курс три", "outcomes", List.of("Проводить медіацію")));
        UUID inTag = published(Map.of("title", "Курс два", "tags", List.of("медіація")));
        UUID inTitle = published(Map.of("title", "Медіація"));
        UUID bothWords = published(Map.of("title", "Курс п'ять", "summary", "Медіація та розв'язання конфліктів"));

        assertThat(search("медіації")).containsExactly(inTitle, inTag, inOutcome, bothWords, inSummary);
        assertThat(search("медіація конфлікт")).as("every word narrows").containsExactly(bothWords);
        assertThat(search("медіація конфлікт бухгалтерія")).as("none has all: most matched words first")
                .containsExactly(bothWords, inTitle, inTag, inOutcome, inSummary);
    }

    @Test
    void findsACourseByItsNewTrainerAfterTrainersChange() {
        UUID course = published(Map.of("title", "Супервізія"));
        Map<String, Object> newTrainer = api.createUser(world.admin, "Богдана Кравчук", world.provider, "TRAINER");
        assertThat(search("Кравчук")).isEmpty();

        Map<String, Object> body = world.courseBody("Супервізія");
        body.put("trainerIds", List.of(newTrainer.get("id")));
        assertThat(api.put(world.admin, "/api/courses/" + course, body).code()).isEqualTo(200);

        assertThat(search("Кравчук")).containsExactly(course);
    }

    @Test
    void sortsByTheEnglishTitleForAnEnglishReader() {
        UUID zulu = published(Map.of("title", "Альфа", "titleEn", "Zulu"));
        UUID alpha = published(Map.of("title", "Бета", "titleEn", "Alpha"));

        assertThat(catalogue("uk")).containsExactly(zulu, alpha);
        assertThat(catalogue("en")).containsExactly(alpha, zulu);
    }

    @Test
    void indexesCoursesPublishedBeforeTheIndexAtStartUp() {
        UUID course = published(Map.of("title", "Кризове втручання"));
        forget(course);
        assertThat(search("кризовий")).isEmpty();
        assertThat(catalogue("uk")).as("still listed, under its title").containsExactly(course);

        context.getEventPublisher(StartupEvent.class).publishEvent(new StartupEvent(context));

        assertThat(search("кризовий")).containsExactly(course);
    }

    @Test
    void refusesAnOverlongSearchAndAnUnknownLanguageAtOnceInTheCallersLanguage() {
        var request = Api.authorised(HttpRequest.GET("/api/courses?language=fr&q="
                + URLEncoder.encode("слово".repeat(41), StandardCharsets.UTF_8)), world.learner)
                .cookie(Cookie.of("fakh_lang", "uk"));

        var response = api.exchange(request);

        assertThat(response.code()).isEqualTo(400);
        assertThat(Api.body(response).toString()).contains("має бути uk або en").contains("довше за 200 символів");
    }

    private UUID published(Map<String, Object> overrides) {
        Map<String, Object> body = world.courseBody((String) overrides.get("title"));
        body.put("titleEn", null);
        body.put("summary", "Опис");
        body.put("outcomes", List.of("Результат"));
        body.put("tags", List.of());
        body.putAll(overrides);
        var created = api.post(world.trainer, "/api/courses", body);
        assertThat(created.code()).as(Api.body(created).toString()).isEqualTo(201);
        UUID course = Api.id(created.body());
        UUID section = world.addSection(world.trainer, course, "Розділ");
        world.addLesson(world.trainer, section, "Урок", "content_markdown", Map.of("markdown", "текст"));
        assertThat(api.post(world.trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        return course;
    }

    /** The ids the catalogue answers for {@code words} among this test's provider's courses, in order. */
    private List<UUID> search(String words) {
        return ids(api.get(world.learner, "/api/courses?providerId=" + world.provider + "&q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8)).body());
    }

    private List<UUID> catalogue(String readerLanguage) {
        var request = Api.authorised(HttpRequest.GET("/api/courses?providerId=" + world.provider), world.learner)
                .cookie(Cookie.of("fakh_lang", readerLanguage));
        return ids(api.http().retrieve(request, Map.class));
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> ids(Map<?, ?> page) {
        return ((List<Map<String, Object>>) page.get("content")).stream().map(c -> UUID.fromString((String) c.get("id"))).toList();
    }

    /** As if the course had been published by a version without the search index. */
    private void forget(UUID course) {
        transactions.executeWrite(status -> {
            for (String table : List.of("course_search_terms", "course_search_index")) {
                try (PreparedStatement delete = status.getConnection().prepareStatement("DELETE FROM " + table + " WHERE course_id = ?")) {
                    delete.setObject(1, course);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }
}
