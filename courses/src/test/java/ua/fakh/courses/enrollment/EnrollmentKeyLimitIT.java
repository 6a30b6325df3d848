package ua.fakh.courses.enrollment;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A course key is short: a learner's wrong guesses are limited, across courses, without touching other learners. */
@MicronautTest(transactional = false)
@Property(name = "fakh.throttle.enrollment-key-failures", value = "3")
class EnrollmentKeyLimitIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void guessingEnrollmentKeysGets429WhileAnotherLearnerStillEnrolls() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        String trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        UUID first = keyCourse(api, trainer, provider, "odesa-2026");
        UUID second = keyCourse(api, trainer, provider, "lviv-2026");
        String guesser = api.login((String) api.createUser(admin, "Вгадувач", provider, "LEARNER").get("email"), Api.PASSWORD);
        String honest = api.login((String) api.createUser(admin, "Чесна", provider, "LEARNER").get("email"), Api.PASSWORD);

        assertThat(enroll(api, guesser, first, "aaaa").code()).isEqualTo(403);
        assertThat(enroll(api, guesser, first, "aaab").code()).isEqualTo(403);
        assertThat(enroll(api, guesser, second, "aaac").code()).isEqualTo(403);
        HttpResponse<?> limited = enroll(api, guesser, second, "aaad");
        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(Long.parseLong(limited.getHeaders().get("Retry-After"))).isBetween(1L, 900L);
        assertThat(enroll(api, guesser, first, "odesa-2026").code()).isEqualTo(429);

        assertThat(enroll(api, honest, first, "typo").code()).isEqualTo(403);
        assertThat(enroll(api, honest, first, "odesa-2026").code()).isEqualTo(201);
    }

    private static HttpResponse<?> enroll(Api api, String learner, UUID course, String key) {
        return api.post(learner, "/api/courses/" + course + "/enrollments", Map.of("key", key));
    }

    private static UUID keyCourse(Api api, String trainer, UUID provider, String key) {
        Map<String, Object> body = new HashMap<>(Map.of("title", Api.unique("З ключем"), "summary", "Опис", "hours", 2,
                "outcomes", List.of("Результат"), "language", "uk", "providerId", provider.toString(),
                "enrollmentPolicy", "KEY", "enrollmentKey", key));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Р")).body());
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Т", "type", "content_markdown",
                "content", Map.of("markdown", "т")));
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        return course;
    }
}
