package ua.fakh.courses.content;

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

/** What trainers send about courses: NUL characters and ids of nothing are 4xx or report rows, never 500. */
@MicronautTest(transactional = false)
class CourseInputsIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    CourseWorld world;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        world = new CourseWorld(api);
    }

    @Test
    void refusesNulInCourseFieldsAndCreatesNothing() {
        Map<String, Object> body = world.courseBody(Api.unique("Курс") + "\u0000");
        HttpResponse<?> response = api.post(world.trainer, "/api/courses", body);
        assertThat(response.code()).isEqualTo(400);
        assertThat(Api.body(response).toString()).contains("title");
        Map<String, Object> inList = world.courseBody(Api.unique("Курс"));
        inList.put("outcomes", List.of("Вміє", "Знає\u0000"));
        assertThat(api.post(world.trainer, "/api/courses", inList).code()).isEqualTo(400);
    }

    @Test
    void aCohortOnACourseThatDoesNotExistIsNotFound() {
        HttpResponse<?> response = api.post(world.admin, "/api/courses/" + UUID.randomUUID() + "/cohorts", Map.of("name", "Група"));
        assertThat(response.code()).isEqualTo(404);
        assertThat(api.post(world.trainer, "/api/courses/" + UUID.randomUUID() + "/cohorts", Map.of("name", "Група")).code())
                .isBetween(400, 499);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNulRowOfAnEnrollmentListIsAnErrorInTheReport() {
        UUID course = world.createCourse(world.trainer, "Зарахування списком");
        world.addLesson(world.trainer, world.addSection(world.trainer, course, "Розділ"), "Текст", "content_markdown",
                Map.of("markdown", "текст"));
        assertThat(api.post(world.trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        String learner = (String) world.learnerUser.get("email");
        HttpResponse<Map<String, Object>> report = api.exchange(Api.authorised(HttpRequest.POST(
                "/api/courses/" + course + "/enrollments", "email\n" + learner + "\nnul\u0000@test.fakh\n")
                .contentType(MediaType.of("text/csv")), world.trainer));
        assertThat(report.code()).as(Api.body(report).toString()).isEqualTo(200);
        assertThat(report.body()).containsEntry("enrolled", 1);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) report.body().get("errors");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.get("line")).isEqualTo(3);
            assertThat(e.get("message")).asString().contains("NUL");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNulQuestionOfAGiftImportIsAnErrorAndTheOthersStay() {
        UUID course = world.createCourse(world.trainer, "Банк з нулем");
        String gift = "::Добре:: Згода потрібна завжди. {TRUE}\n\n::Погане:: Нуль\u0000 тут. {FALSE}\n";
        HttpResponse<Map<String, Object>> report = api.exchange(Api.authorised(HttpRequest.POST(
                "/api/courses/" + course + "/questions/import", gift).contentType(MediaType.TEXT_PLAIN_TYPE), world.trainer));
        assertThat(report.code()).isEqualTo(200);
        assertThat(report.body()).containsEntry("imported", 1);
        assertThat((List<Map<String, Object>>) report.body().get("errors")).singleElement()
                .satisfies(e -> assertThat(e.get("message")).asString().contains("NUL"));
    }
}
