package ua.fakh.web.assess;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.fakh.web.assess.AssessWorld.check;

/** The question editor and the quiz form's bank picker, driven through the pages as a trainer without JavaScript. */
@MicronautTest(transactional = false)
class QuestionEditorPagesIT extends PageTest {
    private static final Pattern PREVIEW_INPUT = Pattern.compile("<(input|select|textarea)\\b[^>]*name=\"(a\\.preview[^\"]*)\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    @Inject
    DataSource dataSource;

    AssessWorld world;
    String base;

    @BeforeEach
    void world() {
        world = new AssessWorld(api);
        base = "/teach/courses/" + world.course;
        browser.signIn(world.trainerEmail, Api.PASSWORD);
    }

    /** Each built-in type with the editor fields of a valid question. */
    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of("qtype_singlechoice", Map.of("d.choices[0].text", "Сім’я", "d.choices[0].correct", "true",
                        "d.choices[1].text", "Школа", "d.choices[1].weight", "50")),
                Arguments.of("qtype_multichoice", Map.of("d.choices[0].text", "Сім’я", "d.choices[0].weight", "50",
                        "d.choices[1].text", "Громада", "d.choices[1].weight", "50", "d.choices[2].text", "Ніхто",
                        "d.choices[2].weight", "-100")),
                Arguments.of("qtype_truefalse", Map.of("d.answer", "true", "d.feedbackFalse", "Ні, разом з отримувачем.")),
                Arguments.of("qtype_shortanswer", Map.of("d.answers[0].text", "Київ", "d.answers[1].text", "Kyiv",
                        "d.answers[1].weight", "50")),
                Arguments.of("qtype_numerical", Map.of("d.answers[0].value", "12", "d.answers[0].tolerance", "0,5",
                        "d.answers[1].min", "10", "d.answers[1].max", "14", "d.answers[1].weight", "50")),
                Arguments.of("qtype_matching", Map.of("d.pairs[0].left", "Кризова", "d.pairs[0].right", "Негайно",
                        "d.pairs[1].left", "Планова", "d.pairs[1].right", "За графіком", "d.pairs[2].right", "Ніколи")),
                Arguments.of("qtype_essay", Map.of("d.minWords", "10", "d.maxWords", "200", "d.graderInfo", "Названо ризики")));
    }

    @ParameterizedTest
    @MethodSource("types")
    void createsEditsAsANewVersionPreviewsWithoutRecordingAndDeletesAnUnusedQuestion(String type, Map<String, String> fields) {
        Browser.Page form = browser.get(base + "/questions/new?type=" + type);
        assertThat(form.status()).isEqualTo(200);
        fields.keySet().forEach(name -> assertThat(form.html()).as(type).contains("name=\"" + name + "\""));

        String text = "Питання " + Api.unique(type);
        Map<String, Object> sent = new LinkedHashMap<>(fields);
        sent.put("type", type);
        sent.put("text", text);
        sent.put("category", "Редактор");
        Browser.Page created = browser.post(base + "/questions/new", sent);
        assertThat(created.status()).as(type).isEqualTo(303);
        String id = created.location().replaceAll(".*/questions/([0-9a-f-]{36}).*", "$1");
        assertThat(browser.get(created.location()).html()).contains(text).contains("Питання створено.").contains("Версія 1");

        sent.put("text", text + " (змінено)");
        assertThat(browser.post(base + "/questions/" + id, sent).status()).isEqualTo(303);
        Map<String, Object> saved = check(api.get(world.learn.trainer, "/api/questions/" + id));
        assertThat(saved).containsEntry("version", 2).containsEntry("text", text + " (змінено)").containsEntry("category", "Редактор");

        long[] before = recorded();
        Browser.Page preview = browser.get(base + "/questions/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.html()).contains("ніде не записуються", "(змінено)").containsPattern("name=\"a\\.preview");
        Browser.Page checked = browser.post(base + "/questions/" + id + "/preview", answer(preview.html()));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.html()).as(type).contains("Що побачить слухач після відповіді");
        assertThat(recorded()).as("attempts and answers").containsExactly(before);

        Browser.Page deleted = browser.post(base + "/questions/" + id + "/delete", Map.of());
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(browser.get(deleted.location()).html()).contains("Питання видалено.").doesNotContain(text);
        assertThat(api.get(world.learn.trainer, "/api/questions/" + id).code()).isEqualTo(404);
    }

    @Test
    void reportsEveryErrorOfTheFormAtOnceAndKeepsWhatWasTyped() {
        Browser.Page refused = browser.post(base + "/questions/new", Map.of("type", "qtype_multichoice", "text", " ",
                "d.choices[0].text", "Лише один", "d.choices[0].weight", "багато"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("Напишіть текст питання").contains("value=\"Лише один\"").contains("value=\"багато\"")
                .contains("id=\"f-d-choices-0-weight-error\"").contains("id=\"f-d-choices-error\"");
        assertThat(check(api.get(world.learn.trainer, "/api/courses/" + world.course + "/questions")).toString())
                .doesNotContain("Лише один");
    }

    /** A plugin's refusal comes from the plugin's bundle, a shared one from core's, each in the page's language. */
    @Test
    void theTypesRefusalsAreInTheLanguageOfThePage() {
        // two rows, but only one with a left side: the matching type's own rule
        Map<String, Object> onePair = Map.of("type", "qtype_matching", "text", "Зіставте", "d.pairs[0].left", "Кризова",
                "d.pairs[0].right", "Негайно", "d.pairs[1].right", "Ніколи");
        Map<String, Object> wordForNumber = Map.of("type", "qtype_numerical", "text", "Скільки?", "d.answers[0].value", "дванадцять");

        Browser.Page uk = browser.post(base + "/questions/new", onePair);
        Browser.Page ukNumber = browser.post(base + "/questions/new", wordForNumber);
        browser.get("/lang/en?next=/");
        Browser.Page en = browser.post(base + "/questions/new", onePair);
        Browser.Page enNumber = browser.post(base + "/questions/new", wordForNumber);

        assertThat(uk.status()).isEqualTo(422);
        assertThat(uk.html()).contains("потрібні щонайменше дві пари з лівою і правою частиною").doesNotContain("two pairs");
        assertThat(ukNumber.html()).contains("має бути числом").doesNotContain("must be a number");
        assertThat(en.status()).isEqualTo(422);
        assertThat(en.html()).contains("needs at least two pairs with a left and a right").doesNotContain("дві пари");
        assertThat(enNumber.html()).contains("must be a number").doesNotContain("має бути числом");
    }

    @Test
    void aDescriptionIsWrittenAsTextAloneShownWithItsTypeNameAndPreviewedWithoutAnInput() {
        String text = "Випадок " + Api.unique("опис") + ": Олена, двоє дітей.";
        Browser.Page created = browser.post(base + "/questions/new", Map.of("type", "qtype_description", "text", text,
                "category", "Випадки"));
        assertThat(created.status()).as(created.html()).isEqualTo(303);
        String id = created.location().replaceAll(".*/questions/([0-9a-f-]{36}).*", "$1");
        assertThat(browser.get(created.location()).html()).contains(text).contains("Опис (текст без запитання)");
        assertThat(check(api.get(world.learn.trainer, "/api/questions/" + id))).containsEntry("type", "qtype_description")
                .containsEntry("definition", Map.of()).containsEntry("textFormat", "markdown");
        Browser.Page preview = browser.get(base + "/questions/" + id + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.html()).contains("Олена, двоє дітей").doesNotContainPattern("name=\"a\\.preview");

        browser.get("/lang/en?next=/");
        assertThat(browser.get(base + "/questions/" + id).html()).contains("Description (text without a question)");
    }

    @Test
    void refusesToDeleteAQuestionAQuizAsksOrDrawsFrom() {
        String asked = questionId("Есе");
        Browser.Page refused = browser.post(base + "/questions/" + asked + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html()).contains("Не видалено: тест «Есе про випадок» випадково бере питання з цієї категорії");

        String fixed = create("Фіксоване питання");
        check(api.post(world.learn.trainer, "/api/sections/" + firstSection() + "/lessons", Map.of("title", "Тест із фіксованим",
                "type", "content_quiz", "content", Map.of("questionIds", List.of(fixed)))));
        Browser.Page asks = browser.post(base + "/questions/" + fixed + "/delete", Map.of());
        assertThat(asks.status()).isEqualTo(409);
        assertThat(asks.html()).contains("Не видалено: тест «Тест із фіксованим» ставить це питання");
        var api409 = api.exchange(Api.authorised(HttpRequest.DELETE("/api/questions/" + fixed), world.learn.trainer));
        assertThat(api409.code()).isEqualTo(409);
        assertThat(check(api.get(world.learn.trainer, "/api/questions/" + fixed))).containsEntry("version", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditAfterAnAttemptMakesANewVersionAndTheAttemptKeepsTheOldOne() {
        String learner = world.learn.newLearner();
        world.enroll(userId(learner));
        String token = api.login(learner, Api.PASSWORD);
        Map<String, Object> started = check(api.post(token, "/api/lessons/" + world.essayQuiz + "/attempts", Map.of()));
        String essay = questionId("Есе");

        Browser.Page edit = browser.get(base + "/questions/" + essay);
        assertThat(edit.html()).contains("Опишіть випадок із практики.");
        assertThat(browser.post(base + "/questions/" + essay, Map.of("text", "Опишіть інший випадок.", "category", "Есе",
                "d.maxWords", "300")).status()).isEqualTo(303);
        Browser.Page refused = browser.post(base + "/questions/" + essay + "/delete", Map.of());

        assertThat(check(api.get(world.learn.trainer, "/api/questions/" + essay))).containsEntry("version", 2)
                .containsEntry("text", "Опишіть інший випадок.");
        Map<String, Object> attempt = check(api.get(token, "/api/attempts/" + Api.id(started)));
        assertThat(attempt.get("questions").toString()).contains("Опишіть випадок із практики.").doesNotContain("інший");
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePickerSavesTheTickedQuestionsOfTheBankInTheQuizSettings() {
        String first = create("Перше з банку");
        String second = create("Друге з банку");
        String lesson = base + "/lessons/" + world.preTest;
        Browser.Page form = browser.get(lesson);
        assertThat(form.html()).contains("name=\"c.list.questionIds\" value=\"" + first + "\"").contains("Перше з банку")
                .contains("data-filter-controls").contains("<option value=\"Есе\">Есе (1)</option>");

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sectionId", firstSection().toString());
        fields.put("title", "Вхідний тест");
        fields.put("required", "true");
        fields.put("c.list.questionIds", List.of(second, first));
        fields.put("c.role", "PRE_TEST");
        fields.put("c.int.passingScorePercent", "50");
        Browser.Page saved = browser.post(lesson, fields);

        assertThat(saved.status()).isEqualTo(303);
        Map<String, Object> content = (Map<String, Object>) check(api.get(world.learn.trainer, "/api/lessons/" + world.preTest)).get("content");
        assertThat(content).containsEntry("questionIds", List.of(second, first)).doesNotContainKey("category");
        assertThat(browser.get(lesson).html()).containsPattern("value=\"" + second + "\" checked[^<]*>[^<]*<strong>Друге з банку");
    }

    @Test
    void thePickerRefusesWhatIsNotAQuestionIdInTheTrainersLanguage() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sectionId", firstSection().toString());
        fields.put("title", "Вхідний тест");
        fields.put("c.list.questionIds", List.of("не-питання"));
        Browser.Page refused = browser.post(base + "/lessons/" + world.preTest, fields);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html()).contains("містить те, що не є ідентифікатором питання").doesNotContain("not a question id");
    }

    @Test
    void noOneButTheCoursesTrainerOpensTheEditor() {
        String essay = questionId("Есе");
        Browser other = new Browser(server);
        try {
            other.signIn(newUser("Інна Інша", "TRAINER"), Api.PASSWORD);
            assertThat(other.get(base + "/questions/" + essay).status()).isEqualTo(403);
            assertThat(other.get(base + "/questions/new?type=qtype_essay").status()).isEqualTo(403);
            assertThat(other.post(base + "/questions/" + essay + "/delete", Map.of()).status()).isEqualTo(403);
            other.signIn(world.learn.newLearner(), Api.PASSWORD);
            assertThat(other.get(base + "/questions/" + essay + "/preview").status()).isEqualTo(403);
            other.signIn(newUser("Галина Кадровичка", "HR"), Api.PASSWORD);
            assertThat(other.post(base + "/questions/" + essay + "/preview", Map.of()).status()).isEqualTo(403);
        } finally {
            other.close();
        }
        assertThat(check(api.get(world.learn.trainer, "/api/questions/" + essay))).containsEntry("version", 1);
    }

    /** What a learner would send from the preview: every input with its first offered value, a number where one is typed. */
    private static Map<String, Object> answer(String html) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Matcher input = PREVIEW_INPUT.matcher(html);
        while (input.find()) {
            Matcher value = VALUE.matcher(input.group());
            String given = input.group(1).equals("select") ? "" : value.find() && !value.group(1).isEmpty() ? value.group(1) : "12";
            fields.putIfAbsent(input.group(2), given);
        }
        return fields;
    }

    private long[] recorded() {
        // the raw pool: the injected source hands out only the connection of a current transaction
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement attempts = c.prepareStatement("select count(*) from attempts");
             PreparedStatement answers = c.prepareStatement("select count(*) from attempt_answers")) {
            return new long[]{count(attempts), count(answers)};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String create(String text) {
        Browser.Page created = browser.post(base + "/questions/new", Map.of("type", "qtype_truefalse", "text", text,
                "category", "Банк", "d.answer", "false"));
        assertThat(created.status()).isEqualTo(303);
        return created.location().replaceAll(".*/questions/([0-9a-f-]{36}).*", "$1");
    }

    @SuppressWarnings("unchecked")
    private String questionId(String category) {
        var bank = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + world.course + "/questions?category="
                + java.net.URLEncoder.encode(category, java.nio.charset.StandardCharsets.UTF_8)), world.learn.trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return String.valueOf(bank.get(0).get("id"));
    }

    @SuppressWarnings("unchecked")
    private UUID firstSection() {
        List<Map<String, Object>> sections = (List<Map<String, Object>>) check(api.get(world.learn.trainer, "/api/courses/" + world.course)).get("sections");
        return Api.id(sections.get(0));
    }
}
