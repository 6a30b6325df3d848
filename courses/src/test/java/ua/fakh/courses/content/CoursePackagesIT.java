package ua.fakh.courses.content;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CoursePackagesIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    JsonMapper json;

    CourseWorld world;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        world = new CourseWorld(api);
    }

    @Test
    void exportImportExportKeepsTheSameContent() throws IOException {
        UUID course = world.createCourse(world.trainer, "Ведення випадку");
        UUID section = world.addSection(world.trainer, course, "Оцінка потреб");
        Map<String, Object> pdf = world.upload(world.trainer, course, "Чек-лист оцінки.pdf", "application/pdf", CourseWorld.pdf()).body();
        Map<String, Object> wav = world.upload(world.trainer, course, "Аудіо.wav", "audio/wav", CourseWorld.wav()).body();
        world.addLesson(world.trainer, section, "Текст", "content_markdown", Map.of("markdown", "**Важливо**: ПІБ"));
        world.addLesson(world.trainer, section, "Чек-лист", "content_file", Map.of("materialId", pdf.get("id")));
        world.addLesson(world.trainer, world.addSection(world.trainer, course, "Практика"), "Вправа", "content_audio",
                Map.of("materialId", wav.get("id"), "transcript", "текст"));

        importBank(course, """
                // Категорія
                $CATEGORY: Оцінка
                ::План:: Що складають разом з отримувачем послуг? {=план безпеки ~анкету ~нічого}
                ::Згода:: Згода потрібна завжди. {TRUE}
                """);
        world.addLesson(world.trainer, section, "Тест", "content_quiz",
                Map.of("questionIds", bankIds(course), "passingScorePercent", 60, "role", "POST_TEST"));
        world.addLesson(world.trainer, section, "Випадковий тест", "content_quiz",
                Map.of("category", "Оцінка", "randomCount", 1, "passingScorePercent", 50, "role", "PRE_TEST"));

        byte[] first = export(world.trainer, course);
        HttpResponse<Map<String, Object>> imported = importPackage(world.trainer, first);
        assertThat(imported.code()).isEqualTo(201);
        assertThat(imported.body()).containsEntry("status", "DRAFT").containsEntry("title", "Ведення випадку");
        UUID copy = Api.id(imported.body());
        assertThat(copy).isNotEqualTo(course);

        byte[] second = export(world.trainer, copy);
        assertThat(normalised(second)).isEqualTo(normalised(first));
        assertThat(entries(second).get("materials")).isEqualTo(entries(first).get("materials"));
        assertThat(normalised(first).toString()).contains("план безпеки", "Оцінка");
        assertThat(quizQuestionIds(second)).as("the copy's quiz draws on the copy's own bank")
                .containsExactlyInAnyOrderElementsOf(bankIds(copy));
    }

    @Test
    void aQuizQuestionMissingFromThePackageIsRefusedCreatingNothing() throws IOException {
        UUID course = world.createCourse(world.trainer, "Тест без банку");
        UUID section = world.addSection(world.trainer, course, "Розділ");
        importBank(course, "::Згода:: Згода потрібна завжди. {TRUE}");
        world.addLesson(world.trainer, section, "Тест", "content_quiz",
                Map.of("questionIds", bankIds(course), "passingScorePercent", 60, "role", "GRADED"));
        Map<String, byte[]> archive = entries(export(world.trainer, course));
        Map<String, Object> manifest = json.readValue(archive.get("manifest.json"), Argument.mapOf(String.class, Object.class));
        manifest.put("questions", List.of());
        archive.put("manifest.json", json.writeValueAsBytes(manifest));
        long before = taughtCount();

        assertRejected(zip(archive), "questionIds");
        assertThat(taughtCount()).isEqualTo(before);
    }

    private void importBank(UUID course, String gift) {
        Map<String, Object> report = api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", gift)
                .contentType(MediaType.TEXT_PLAIN_TYPE), world.trainer)).body();
        assertThat(report.get("errors")).asList().isEmpty();
    }

    private List<String> bankIds(UUID course) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/questions"), world.trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).stream().map(q -> (String) q.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> quizQuestionIds(byte[] zip) throws IOException {
        Map<String, Object> manifest = json.readValue(entries(zip).get("manifest.json"), Argument.mapOf(String.class, Object.class));
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> section : (List<Map<String, Object>>) ((Map<String, Object>) manifest.get("course")).get("sections")) {
            for (Map<String, Object> lesson : (List<Map<String, Object>>) section.get("lessons")) {
                Object fixed = ((Map<String, Object>) lesson.get("content")).get("questionIds");
                if (fixed != null) {
                    ids.addAll((List<String>) fixed);
                }
            }
        }
        return ids;
    }

    @Test
    void refusesPathsEscapingTheArchiveUnknownTypesAndMissingMaterialsCreatingNothing() throws IOException {
        UUID course = world.createCourse(world.trainer, "Основа");
        UUID section = world.addSection(world.trainer, course, "Розділ");
        world.addLesson(world.trainer, section, "Текст", "content_markdown", Map.of("markdown", "текст"));
        Map<String, byte[]> good = entries(export(world.trainer, course));
        long before = taughtCount();

        Map<String, byte[]> escaping = new HashMap<>(good);
        escaping.put("../../etc/evil", "x".getBytes());
        assertRejected(zip(escaping), "../../etc/evil");

        Map<String, Object> manifest = json.readValue(good.get("manifest.json"), Argument.mapOf(String.class, Object.class));
        String withUnknownType = new String(good.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("content_markdown", "content_hologram");
        Map<String, byte[]> unknown = new HashMap<>(good);
        unknown.put("manifest.json", withUnknownType.getBytes(StandardCharsets.UTF_8));
        assertRejected(zip(unknown), "невідомий або вимкнений тип уроку content_hologram");

        UUID withFile = world.createCourse(world.trainer, "З файлом");
        world.upload(world.trainer, withFile, "Файл.pdf", "application/pdf", CourseWorld.pdf());
        Map<String, byte[]> missing = entries(export(world.trainer, withFile));
        missing.keySet().removeIf(name -> name.startsWith("materials/"));
        assertRejected(zip(missing), "немає в архіві");

        assertRejected("not a zip at all".getBytes(), "не є ZIP-архівом");
        assertThat(manifest).containsEntry("format", "fakh-course-package").containsEntry("formatVersion", 1);
        assertThat(taughtCount()).isEqualTo(before + 1);
    }

    @Test
    void onlyTheCoursesTrainersExportIt() {
        UUID course = world.createCourse(world.trainer, "Чужий експорт");
        assertThat(api.get(world.otherTrainer, "/api/courses/" + course + "/export").code()).isEqualTo(403);
        assertThat(api.get(world.learner, "/api/courses/" + course + "/export").code()).isEqualTo(403);
    }

    private void assertRejected(byte[] zip, String expected) {
        HttpResponse<Map<String, Object>> response = importPackage(world.trainer, zip);
        assertThat(response.code()).isEqualTo(422);
        assertThat(Api.body(response).toString()).contains(expected);
    }

    private long taughtCount() {
        return ((Number) api.get(world.trainer, "/api/me/courses").body().get("totalSize")).longValue();
    }

    private byte[] export(String token, UUID course) {
        HttpResponse<byte[]> response = api.http().exchange(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/export"), token),
                byte[].class);
        assertThat(response.getContentType().map(MediaType::toString)).hasValue("application/zip");
        return response.body();
    }

    private HttpResponse<Map<String, Object>> importPackage(String token, byte[] zip) {
        MultipartBody body = MultipartBody.builder().addPart("file", "course.zip", MediaType.of("application/zip"), zip).build();
        return api.exchange(Api.authorised(HttpRequest.POST("/api/courses/import?providerId=" + world.provider, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token));
    }

    /** The manifest without what must differ between two exports: ids and the export time. */
    private Object normalised(byte[] zip) throws IOException {
        Map<String, Object> manifest = json.readValue(entries(zip).get("manifest.json"), Argument.mapOf(String.class, Object.class));
        manifest.remove("exportedAt");
        String text = json.writeValueAsString(manifest).replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
        return json.readValue(text, Argument.mapOf(String.class, Object.class));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        List<byte[]> materials = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                entries.put(entry.getName(), bytes);
                if (entry.getName().startsWith("materials/")) {
                    materials.add(bytes);
                }
            }
        }
        materials.sort(java.util.Arrays::compare);
        entries.put("materials", materials.stream().map(b -> new String(b, StandardCharsets.ISO_8859_1))
                .reduce("", String::concat).getBytes(StandardCharsets.ISO_8859_1));
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                if (e.getKey().equals("materials")) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
