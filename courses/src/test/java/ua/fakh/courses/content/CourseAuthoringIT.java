package ua.fakh.courses.content;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.materials.max-document-bytes", value = "100KB")
class CourseAuthoringIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ua.fakh.core.config.FakhSettings settings;

    CourseWorld world;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        world = new CourseWorld(api);
    }

    @Test
    void trainerBuildsACourseOfEveryLessonTypeAndALearnerReadsItAfterPublishing() {
        String word = "Стресостійкість" + UUID.randomUUID().toString().substring(0, 6);
        UUID course = world.createCourse(world.trainer, word + " у громаді");
        UUID section = world.addSection(world.trainer, course, "Вступ");

        Map<String, Object> pdf = world.upload(world.trainer, course, "Посібник самодопомоги.pdf", "application/pdf", CourseWorld.pdf()).body();
        assertThat(pdf).containsEntry("filename", "Посібник самодопомоги.pdf").containsEntry("mediaType", "application/pdf");
        assertThat((String) pdf.get("sha256")).hasSize(64);
        Map<String, Object> audio = world.upload(world.trainer, course, "Вправа дихання.wav", "audio/wav", CourseWorld.wav()).body();
        assertThat((String) audio.get("mediaType")).startsWith("audio/");

        assertThat(world.addLesson(world.trainer, section, "Що таке стрес", "content_markdown",
                Map.of("markdown", "# Стрес\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[x](javascript:alert(1))")).code()).isEqualTo(201);
        assertThat(world.addLesson(world.trainer, section, "Аудіовправа", "content_audio",
                Map.of("materialId", audio.get("id"), "transcript", "Вдих… видих…")).code()).isEqualTo(201);
        assertThat(world.addLesson(world.trainer, section, "Лекція", "content_video",
                Map.of("url", "https://media.example.org/lecture.mp4")).code()).isEqualTo(201);
        assertThat(world.addLesson(world.trainer, section, "Посібник", "content_file", Map.of("materialId", pdf.get("id"))).code())
                .isEqualTo(201);
        assertThat(world.addLesson(world.trainer, section, "Стандарт послуги", "content_link",
                Map.of("url", "https://zakon.rada.gov.ua/", "description", "Наказ Мінсоцполітики")).code()).isEqualTo(201);

        assertThat(api.get(world.learner, "/api/courses/" + course).code()).isEqualTo(404);
        Map<String, Object> published = api.post(world.trainer, "/api/courses/" + course + "/publish", Map.of()).body();
        assertThat(published).containsEntry("status", "PUBLISHED").containsEntry("version", 1)
                .containsEntry("ectsCredits", 0.25).containsEntry("providerEdrpou", world.edrpou);

        String query = URLEncoder.encode(word.toLowerCase(), StandardCharsets.UTF_8);
        List<?> found = (List<?>) api.get(world.learner, "/api/courses?q=" + query).body().get("content");
        assertThat(found).hasSize(1);

        Map<String, Object> view = api.get(world.learner, "/api/courses/" + course).body();
        assertThat(view).containsEntry("draft", false).containsEntry("enrollmentKey", null);
        List<Map<String, Object>> lessons = lessonsOf(view);
        assertThat(lessons).hasSize(5);

        assertThat(api.get(world.learner, "/api/lessons/" + lessons.get(0).get("id")).code()).isEqualTo(403);
        assertThat(api.post(world.learner, "/api/courses/" + course + "/enrollments", Map.of()).code()).isEqualTo(201);
        assertThat(api.post(world.learner, "/api/courses/" + course + "/enrollments", Map.of()).code()).isEqualTo(200);

        for (Map<String, Object> lesson : lessons) {
            HttpResponse<Map<String, Object>> read = api.get(world.learner, "/api/lessons/" + lesson.get("id"));
            assertThat(read.code()).isEqualTo(200);
            assertThat((String) read.body().get("html")).isNotBlank().doesNotContain("<script").doesNotContain("javascript:");
        }
        String markdownHtml = (String) api.get(world.learner, "/api/lessons/" + lessons.get(0).get("id")).body().get("html");
        assertThat(markdownHtml).contains("<h1>Стрес</h1>", "<table>");

        byte[] wav = CourseWorld.wav();
        HttpResponse<byte[]> range = api.http().exchange(Api.authorised(HttpRequest.GET("/api/materials/" + audio.get("id") + "/content")
                .header("Range", "bytes=100-199"), world.learner), byte[].class);
        assertThat(range.code()).isEqualTo(206);
        assertThat(range.getHeaders().get("Content-Range")).isEqualTo("bytes 100-199/" + wav.length);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(wav, 100, 200));

        HttpResponse<byte[]> whole = api.http().exchange(Api.authorised(HttpRequest.GET("/api/materials/" + pdf.get("id") + "/content"),
                world.learner), byte[].class);
        assertThat(whole.body()).isEqualTo(CourseWorld.pdf());
        assertThat(whole.getHeaders().get("Content-Disposition"))
                .contains("filename*=UTF-8''%D0%9F%D0%BE%D1%81%D1%96%D0%B1%D0%BD%D0%B8%D0%BA");
        String etag = whole.getHeaders().get("ETag");
        HttpResponse<?> notModified = api.exchange(Api.authorised(HttpRequest.GET("/api/materials/" + pdf.get("id") + "/content")
                .header("If-None-Match", etag), world.learner));
        assertThat(notModified.code()).isEqualTo(304);
    }

    @Test
    void oversizeAndExecutableUploadsAreRefusedAndNothingIsStored() throws Exception {
        UUID course = world.createCourse(world.trainer, "Курс з лімітами");
        byte[] big = new byte[150 * 1024];
        System.arraycopy(CourseWorld.pdf(), 0, big, 0, CourseWorld.pdf().length);
        HttpResponse<?> tooLarge = world.upload(world.trainer, course, "Великий.pdf", "application/pdf", big);
        assertThat(tooLarge.code()).isEqualTo(413);
        HttpResponse<?> executable = world.upload(world.trainer, course, "Посібник.pdf", "application/pdf", CourseWorld.exe());
        assertThat(executable.code()).isEqualTo(415);
        HttpResponse<?> script = world.upload(world.trainer, course, "run.sh", "text/plain",
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8));
        assertThat(script.code()).isEqualTo(415);
        assertThat(api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/materials"),
                world.trainer), io.micronaut.core.type.Argument.listOf(Map.class))).isEmpty();
        assertThat(filesUnder(settings.dataDir().resolve("blobs/courses/" + course))).isEmpty();
    }

    @Test
    void onlyTheCoursesOwnTrainersEditIt() {
        UUID course = world.createCourse(world.trainer, "Ведення випадку");
        assertThat(api.put(world.otherTrainer, "/api/courses/" + course, world.courseBody("Чуже")).code()).isEqualTo(403);
        assertThat(api.post(world.otherTrainer, "/api/courses/" + course + "/sections", Map.of("title", "X")).code()).isEqualTo(403);
        assertThat(api.post(world.learner, "/api/courses/" + course + "/sections", Map.of("title", "X")).code()).isEqualTo(403);
        assertThat(api.post(world.learner, "/api/courses", world.courseBody("Учень створює")).code()).isEqualTo(403);
        assertThat(world.upload(world.otherTrainer, course, "a.pdf", "application/pdf", CourseWorld.pdf()).code()).isEqualTo(403);
        Map<String, Object> foreignProvider = world.courseBody("Не свій провайдер");
        foreignProvider.put("providerId", world.otherProvider.toString());
        assertThat(api.post(world.trainer, "/api/courses", foreignProvider).code()).isEqualTo(403);
    }

    @Test
    void aTrainerIdThatIsNoActiveTrainerIsRefusedWithoutNamingAnyone() {
        Map<String, Object> withLearner = world.courseBody("Курс із чужими тренерами");
        withLearner.put("trainerIds", List.of(world.learnerUser.get("id")));
        Map<String, Object> withNobody = world.courseBody("Курс із вигаданим тренером");
        UUID nobody = UUID.randomUUID();
        withNobody.put("trainerIds", List.of(nobody.toString()));

        HttpResponse<Map<String, Object>> learner = api.post(world.trainer, "/api/courses", withLearner);
        HttpResponse<Map<String, Object>> unknown = api.post(world.trainer, "/api/courses", withNobody);

        assertThat(learner.code()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo(400);
        String learnerError = Api.body(learner).toString();
        assertThat(learnerError).contains("trainerIds", world.learnerUser.get("id") + " не є чинним тренером")
                .doesNotContain("Ірина", "Соцпрацівниця", (String) world.learnerUser.get("email"));
        assertThat(Api.body(unknown).toString()).contains(nobody + " не є чинним тренером");
    }

    @Test
    void badLessonContentIs422NamingTheField() {
        UUID course = world.createCourse(world.trainer, "Перевірка змісту");
        UUID section = world.addSection(world.trainer, course, "Розділ");
        HttpResponse<Map<String, Object>> badLink = world.addLesson(world.trainer, section, "Посилання", "content_link",
                Map.of("url", "javascript:alert(1)"));
        assertThat(badLink.code()).isEqualTo(422);
        assertThat(Api.body(badLink).get("errors").toString()).contains("content.url");
        assertThat(world.addLesson(world.trainer, section, "Відео", "content_video", Map.of()).code()).isEqualTo(422);
        assertThat(world.addLesson(world.trainer, section, "Файл", "content_file",
                Map.of("materialId", UUID.randomUUID().toString())).code()).isEqualTo(422);
        assertThat(world.addLesson(world.trainer, section, "Невідомий", "content_hologram", Map.of()).code()).isEqualTo(400);
    }

    @Test
    void editingAPublishedCourseChangesLearnersViewOnlyOnTheNextPublish() {
        UUID course = world.createCourse(world.trainer, "Версії курсу");
        UUID section = world.addSection(world.trainer, course, "Розділ 1");
        UUID lesson = Api.id(world.addLesson(world.trainer, section, "Урок перший", "content_markdown", Map.of("markdown", "v1")).body());
        api.post(world.trainer, "/api/courses/" + course + "/publish", Map.of());
        api.post(world.learner, "/api/courses/" + course + "/enrollments", Map.of());

        api.put(world.trainer, "/api/lessons/" + lesson, Map.of("title", "Урок перший (нова редакція)", "type", "content_markdown",
                "content", Map.of("markdown", "v2")));
        world.addLesson(world.trainer, section, "Урок другий", "content_markdown", Map.of("markdown", "новий"));
        assertThat(api.get(world.trainer, "/api/courses/" + course).body()).containsEntry("draftChanged", true);
        assertThat(lessonsOf(api.get(world.learner, "/api/courses/" + course).body())).hasSize(1);
        assertThat(api.get(world.learner, "/api/lessons/" + lesson).body().get("html").toString()).contains("v1");

        api.post(world.trainer, "/api/courses/" + course + "/publish", Map.of());
        Map<String, Object> v2 = api.get(world.learner, "/api/courses/" + course).body();
        assertThat(v2).containsEntry("version", 2);
        assertThat(lessonsOf(v2)).hasSize(2).first().extracting(l -> l.get("id")).isEqualTo(lesson.toString());
        assertThat(api.get(world.learner, "/api/lessons/" + lesson).body().get("html").toString()).contains("v2");
    }

    @Test
    void reorderingSectionsAndLessons() {
        UUID course = world.createCourse(world.trainer, "Порядок");
        UUID first = world.addSection(world.trainer, course, "Перший");
        UUID second = world.addSection(world.trainer, course, "Другий");
        UUID a = Api.id(world.addLesson(world.trainer, first, "А", "content_markdown", Map.of("markdown", "а")).body());
        UUID b = Api.id(world.addLesson(world.trainer, first, "Б", "content_markdown", Map.of("markdown", "б")).body());
        assertThat(api.post(world.trainer, "/api/sections/" + second + "/move", Map.of("position", 0)).code()).isEqualTo(204);
        assertThat(api.post(world.trainer, "/api/lessons/" + b + "/move", Map.of("position", 0)).code()).isEqualTo(204);
        assertThat(api.post(world.trainer, "/api/lessons/" + a + "/move", Map.of("position", 0, "sectionId", second.toString())).code())
                .isEqualTo(204);
        Map<String, Object> view = api.get(world.trainer, "/api/courses/" + course).body();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sections = (List<Map<String, Object>>) view.get("sections");
        assertThat(sections).extracting(s -> s.get("title")).containsExactly("Другий", "Перший");
        assertThat(lessonsOf(view)).extracting(l -> l.get("title")).containsExactly("А", "Б");
        assertThat(api.post(world.otherTrainer, "/api/lessons/" + a + "/move", Map.of("position", 1)).code()).isEqualTo(403);
    }

    @Test
    void catalogueHidesDraftsAndArchivedCourses() {
        String word = "Архів" + UUID.randomUUID().toString().substring(0, 6);
        UUID course = world.createCourse(world.trainer, word);
        UUID section = world.addSection(world.trainer, course, "Розділ");
        world.addLesson(world.trainer, section, "Урок", "content_markdown", Map.of("markdown", "текст"));
        String q = "/api/courses?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        assertThat((List<?>) api.get(world.learner, q).body().get("content")).isEmpty();
        api.post(world.trainer, "/api/courses/" + course + "/publish", Map.of());
        assertThat((List<?>) api.get(world.learner, q).body().get("content")).hasSize(1);
        assertThat((List<?>) api.get(world.learner, q + "&tag=" + URLEncoder.encode("Самодопомога", StandardCharsets.UTF_8))
                .body().get("content")).hasSize(1);
        assertThat((List<?>) api.get(world.learner, q + "&language=en").body().get("content")).isEmpty();
        api.post(world.trainer, "/api/courses/" + course + "/archive", Map.of());
        assertThat((List<?>) api.get(world.learner, q).body().get("content")).isEmpty();
        assertThat(api.get(world.learner, "/api/courses/" + course).code()).isEqualTo(200);
    }

    static List<java.nio.file.Path> filesUnder(java.nio.file.Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return List.of();
        }
        try (var walk = java.nio.file.Files.walk(dir)) {
            return walk.filter(java.nio.file.Files::isRegularFile).toList();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> lessonsOf(Map<String, Object> course) {
        return ((List<Map<String, Object>>) course.get("sections")).stream()
                .flatMap(s -> ((List<Map<String, Object>>) s.get("lessons")).stream()).toList();
    }
}
