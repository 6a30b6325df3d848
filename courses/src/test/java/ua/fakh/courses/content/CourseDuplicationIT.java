package ua.fakh.courses.content;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CourseDuplicationIT {
    @Inject
    @Client("/")
    HttpClient client;

    CourseWorld world;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        world = new CourseWorld(api);
    }

    @Test
    @SuppressWarnings("unchecked")
    void copiesOutlineFilesSettingsAndQuizQuestionsIntoANewDraftOfTheTrainerWithoutItsPeople() {
        UUID course = world.createCourse(world.trainer, "Ведення випадку");
        UUID section = world.addSection(world.trainer, course, "Вступ");
        UUID pdf = Api.id(world.upload(world.trainer, course, "Посібник.pdf", "application/pdf", CourseWorld.pdf()).body());
        world.addLesson(world.trainer, section, "Посібник", "content_file", Map.of("materialId", pdf.toString()));
        importBank(course, "::Згода:: Згода потрібна завжди. {TRUE}\n");
        List<String> bank = bankIds(course);
        world.addLesson(world.trainer, section, "Тест", "content_quiz",
                Map.of("questionIds", bank, "passingScorePercent", 70, "role", "POST_TEST"));
        api.post(world.trainer, "/api/courses/" + course + "/publish", Map.of());
        assertThat(api.post(world.learner, "/api/courses/" + course + "/enrollments", Map.of()).code()).isEqualTo(201);

        HttpResponse<Map<String, Object>> copied = api.post(world.trainer, "/api/courses/" + course + "/duplicate", Map.of());

        assertThat(copied.code()).isEqualTo(201);
        Map<String, Object> copy = copied.body();
        UUID copyId = Api.id(copy);
        assertThat(copyId).isNotEqualTo(course);
        assertThat(copy).containsEntry("status", "DRAFT").containsEntry("version", 0)
                .containsEntry("title", "Ведення випадку (копія)").containsEntry("titleEn", "Self-help and resilience (copy)")
                .containsEntry("hours", 7.5).containsEntry("tags", List.of("самодопомога", "resilience"));
        List<Map<String, Object>> lessons = ((List<Map<String, Object>>) copy.get("sections")).stream()
                .flatMap(s -> ((List<Map<String, Object>>) s.get("lessons")).stream()).toList();
        assertThat(lessons).extracting(l -> l.get("title")).containsExactly("Посібник", "Тест");

        Map<String, Object> file = api.get(world.trainer, "/api/lessons/" + lessons.get(0).get("id")).body();
        UUID copiedPdf = UUID.fromString((String) ((Map<String, Object>) file.get("content")).get("materialId"));
        assertThat(copiedPdf).isNotEqualTo(pdf);
        assertThat(api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + copyId + "/materials"), world.trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)))).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("id", copiedPdf.toString()).containsEntry("filename", "Посібник.pdf"));

        Map<String, Object> quiz = (Map<String, Object>) api.get(world.trainer, "/api/lessons/" + lessons.get(1).get("id")).body().get("content");
        List<String> copyBank = bankIds(copyId);
        assertThat(copyBank).hasSize(1).doesNotContainAnyElementsOf(bank);
        assertThat(quiz).containsEntry("questionIds", copyBank).containsEntry("passingScorePercent", 70).containsEntry("role", "POST_TEST");

        assertThat(api.get(world.learner, "/api/courses/" + copyId).code()).isEqualTo(404);
        assertThat(api.post(world.trainer, "/api/courses/" + copyId + "/publish", Map.of()).code()).isEqualTo(200);
        HttpResponse<Map<String, Object>> enrolled = api.get(world.trainer, "/api/courses/" + copyId + "/enrollments");
        assertThat(enrolled.body()).as(Api.body(enrolled).toString()).containsEntry("totalSize", 0);
        List<?> taught = (List<?>) api.get(world.trainer, "/api/me/courses?size=100").body().get("content");
        assertThat(taught.toString()).contains(copyId.toString());
    }

    @Test
    void nobodyButTheCoursesTrainersAndAdministratorsMayCopyIt() {
        UUID course = world.createCourse(world.trainer, "Чужий курс");

        assertThat(api.post(world.otherTrainer, "/api/courses/" + course + "/duplicate", Map.of()).code()).isEqualTo(403);
        assertThat(api.post(world.learner, "/api/courses/" + course + "/duplicate", Map.of()).code()).isEqualTo(403);
        assertThat(api.post(null, "/api/courses/" + course + "/duplicate", Map.of()).code()).isEqualTo(401);

        HttpResponse<Map<String, Object>> byAdmin = api.post(world.admin, "/api/courses/" + course + "/duplicate", Map.of());
        assertThat(byAdmin.code()).isEqualTo(201);
        // the administrator is no trainer: the copy keeps the original's trainer, who can edit it
        assertThat(api.get(world.trainer, "/api/courses/" + Api.id(byAdmin.body())).body()).containsEntry("draft", true);
    }

    private void importBank(UUID course, String gift) {
        api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", gift)
                .contentType(MediaType.TEXT_PLAIN_TYPE), world.trainer));
    }

    private List<String> bankIds(UUID course) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + course + "/questions"), world.trainer),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).stream().map(q -> (String) q.get("id")).toList();
    }
}
