package ua.fakh.courses.plugins.qformat_gift;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.ExternalTool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GIFT bank of the tests goes in through the import API and comes out through the export API;
 * the export is judged by gift-pegjs (an independent GIFT parser, {@code .ci/standards/gift}) and read
 * back by Fakh into a second course, where the bank must be the same.
 */
@MicronautTest(transactional = false)
class GiftBanksThroughTheApiIT {
    /** How gift-pegjs names each Fakh question type. */
    private static final Map<String, String> PEGJS_TYPES = Map.of("qtype_singlechoice", "MC", "qtype_multichoice", "MC",
            "qtype_shortanswer", "Short", "qtype_truefalse", "TF", "qtype_numerical", "Numerical",
            "qtype_matching", "Matching", "qtype_essay", "Essay", "qtype_description", "Description");

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;
    Api api;
    String trainer;
    UUID provider;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        String admin = api.adminToken();
        provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        trainer = api.login((String) api.createUser(admin, "Тренер", provider, "TRAINER").get("email"), Api.PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bank_uk.gift", "bank_with_errors_uk.gift", "bank_html_uk.gift", "bank_feedback_uk.gift",
            "bank_percent_uk.gift", "bank_formats_uk.gift"})
    void exportsEveryBankSoAnIndependentParserAndFakhReadItBack(String bank) throws IOException {
        UUID course = newCourse();
        Map<String, Object> report = importGift(course, resource("gift/" + bank));
        assertThat((Integer) report.get("imported")).as(bank).isPositive();
        List<Map<String, Object>> imported = questions(course);
        String exported = exportGift(course);

        List<Map<String, Object>> parsed = pegjs(exported).stream().filter(q -> !"Category".equals(q.get("type"))).toList();
        assertThat(parsed).as(exported).hasSameSizeAs(imported);
        assertThat(parsed).extracting(q -> q.get("title") + " | " + q.get("type")).as(exported)
                .containsExactlyInAnyOrderElementsOf(imported.stream()
                        .map(q -> q.get("title") + " | " + PEGJS_TYPES.get((String) q.get("type"))).toList());

        UUID again = newCourse();
        assertThat(importGift(again, exported)).as(exported).containsEntry("imported", imported.size())
                .containsEntry("errors", List.of());
        assertThat(comparable(questions(again))).as(exported).isEqualTo(comparable(imported));
    }

    @org.junit.jupiter.api.Test
    void keepsEveryTextFormatAndDescriptionsThroughExportAndImport() throws IOException {
        UUID course = newCourse();
        assertThat(importGift(course, resource("gift/bank_formats_uk.gift"))).containsEntry("imported", 6).containsEntry("errors", List.of());
        assertThat(questions(course)).extracting(q -> q.get("title") + " | " + q.get("type") + " | " + q.get("textFormat"))
                .containsExactlyInAnyOrder("Випадок Олени | qtype_description | markdown",
                        "Простий текст | qtype_singlechoice | plain",
                        "Розмітка | qtype_singlechoice | markdown", "Гіпертекст | qtype_truefalse | html",
                        "Інструкція | qtype_description | plain", "Moodle | qtype_numerical | moodle");
        String exported = exportGift(course);
        assertThat(exported).contains("::Випадок Олени::[markdown]**Олена**").contains("::Простий текст::[plain]Що робить")
                .contains("::Гіпертекст::[html]<p>Скарги").contains("::Інструкція::[plain]Далі два питання про послуги громади.\n")
                .contains("::Moodle::[moodle]Скільки днів");
        List<Map<String, Object>> parsed = pegjs(exported).stream().filter(q -> !"Category".equals(q.get("type"))).toList();
        assertThat(parsed).extracting(q -> q.get("title") + " | " + q.get("type") + " | " + ((Map<?, ?>) q.get("stem")).get("format"))
                .containsExactlyInAnyOrder("Випадок Олени | Description | markdown", "Простий текст | MC | plain",
                        "Розмітка | MC | markdown", "Гіпертекст | TF | html", "Інструкція | Description | plain",
                        "Moodle | Numerical | moodle");
    }

    @org.junit.jupiter.api.Test
    void theQuestionApiKeepsAGivenTextFormatThroughAnEditWithoutOneAndRefusesAnUnknownOne() {
        UUID course = newCourse();
        Map<String, Object> question = new HashMap<>(Map.of("type", "qtype_truefalse", "text", "Рядок *без* розмітки\nдругий",
                "definition", Map.of("answer", true), "textFormat", "plain"));
        var created = api.post(trainer, "/api/courses/" + course + "/questions", question);
        assertThat(created.code()).as(Api.body(created).toString()).isEqualTo(201);
        assertThat(created.body()).containsEntry("textFormat", "plain");
        String id = (String) created.body().get("id");
        question.remove("textFormat");
        question.put("text", "Рядок *без* розмітки, змінений");
        assertThat(api.put(trainer, "/api/questions/" + id, question).body()).containsEntry("textFormat", "plain")
                .containsEntry("version", 2);
        assertThat(exportGift(course)).contains("[plain]Рядок *без* розмітки, змінений {TRUE}");

        for (String wrong : List.of("rtf", "plain\u0000")) {
            question.put("textFormat", wrong);
            var refused = api.post(trainer, "/api/courses/" + course + "/questions", question);
            assertThat(refused.code()).as(wrong).isBetween(400, 499);
            assertThat(refused.getContentType().orElseThrow().toString()).contains("application/problem+json");
        }
        assertThat(questions(course)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bank_html_uk.gift"})
    void keepsTheHtmlFormatOfHtmlQuestions(String bank) throws IOException {
        UUID course = newCourse();
        importGift(course, resource("gift/" + bank));
        String exported = exportGift(course);
        assertThat(exported).contains("::Посилання на закон::[html]<p>Прочитайте <a href\\=\"https\\://zakon.rada.gov.ua");
        assertThat(pegjs(exported)).filteredOn(q -> !"Category".equals(q.get("type")))
                .allSatisfy(q -> assertThat(q.get("stem")).asString().contains("format=html"));
    }

    private List<Map<String, Object>> pegjs(String gift) throws IOException {
        Path file = Files.createTempFile("bank", ".gift");
        try {
            Files.writeString(file, gift, StandardCharsets.UTF_8);
            ExternalTool.Result result = ExternalTool.node("gift", "parse.mjs", file.toString());
            assertThat(result.succeeded()).as("gift-pegjs on%n%s%n%s", gift, result.output()).isTrue();
            return json.readValue(result.stdout(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The bank as a trainer sees it, without ids (of questions, versions, choices) and versions, in a fixed order. */
    private static List<String> comparable(List<Map<String, Object>> questions) {
        return questions.stream().map(q -> {
            Map<String, Object> kept = new HashMap<>(q);
            kept.keySet().removeAll(List.of("id", "versionId", "version", "courseId"));
            return new TreeMap<>(kept).toString().replaceAll("\\{id=[^,}]*, ", "{");
        }).sorted(Comparator.naturalOrder()).toList();
    }

    private UUID newCourse() {
        return Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Банк GIFT"),
                "summary", "Опис", "hours", 2, "outcomes", List.of("Знає"), "language", "uk",
                "providerId", provider.toString()))).body());
    }

    private Map<String, Object> importGift(UUID course, String gift) {
        return api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", gift)
                .contentType(MediaType.TEXT_PLAIN_TYPE), trainer)).body();
    }

    private String exportGift(UUID course) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/questions.gift"), trainer),
                String.class);
    }

    private List<Map<String, Object>> questions(UUID course) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/questions"), trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GiftBanksThroughTheApiIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
