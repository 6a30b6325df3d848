package ua.fakh.courses.registration;

import io.micronaut.http.HttpResponse;
import ua.fakh.core.testing.Api;

import java.time.Instant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A published course with a cohort, its trainer, and a hromada whose learners register. */
final class RegistrationWorld {
    final Api api;
    final String admin;
    final String trainer;
    final UUID oblast;
    final UUID hromada;
    final UUID course;
    final UUID cohort;
    final String courseTitle;

    RegistrationWorld(Api api) {
        this.api = api;
        admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        courseTitle = Api.unique("Семінар з ведення випадку");
        course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", courseTitle,
                "summary", "Опис", "hours", 12, "outcomes", List.of("Веде випадок"), "language", "uk",
                "providerId", provider.toString(), "enrollmentPolicy", "TRAINER"))).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст")));
        assertThat(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()).code()).isEqualTo(200);
        cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Дводенний семінар")).body());
    }

    /** New learners of the hromada, each with {@code id}, {@code email} and a signed-in {@code token}. */
    List<Map<String, Object>> learners(int count) {
        return people(count, hromada, "LEARNER");
    }

    List<Map<String, Object>> people(int count, UUID organization, String... roles) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> person = new HashMap<>(api.createUser(admin, "Слухач " + i, organization, roles));
            person.put("token", api.login((String) person.get("email"), Api.PASSWORD));
            people.add(person);
        }
        return people;
    }

    /** The trainer opens registration to the cohort: {@code capacity} seats until {@code closesAt}. */
    HttpResponse<Map<String, Object>> open(int capacity, Instant closesAt) {
        return api.put(trainer, "/api/cohorts/" + cohort + "/registration",
                Map.of("capacity", capacity, "closesAt", closesAt.toString()));
    }

    /** The person signed in with {@code token} registers for the cohort. */
    HttpResponse<Map<String, Object>> register(String token) {
        return api.post(token, "/api/cohorts/" + cohort + "/registrations", Map.of());
    }

    /** The trainer's list: the registration's figures, the seated and the waiting. */
    Map<String, Object> registrations() {
        return api.get(trainer, "/api/cohorts/" + cohort + "/registrations").body();
    }
}
