package ua.fakh.web.notices;

import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** As the certificates tests' world: a provider with a published bilingual one-lesson course, a hromada with learners and HR, and another hromada with its HR. */
final class NoticeWorld {
    final Api api;
    final String admin;
    final UUID provider;
    /** The provider's EDRPOU: unique per world, it starts every certificate number. */
    final String edrpou = Api.newEdrpou();
    final UUID hromada;
    final UUID otherHromada;
    final String trainer;
    final String hr;
    final String otherHr;
    final UUID course;
    final UUID lesson;

    NoticeWorld(Api api, Integer validityMonths) {
        this.api = api;
        admin = api.adminToken();
        provider = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Навчальний центр"),
                "kind", "PROVIDER", "edrpou", edrpou)).body());
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        otherHromada = Api.id(api.createOrganization(admin, Api.unique("Інша громада"), "HROMADA", oblast));
        trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        hr = api.login((String) api.createUser(admin, "Відділ кадрів", hromada, "HR").get("email"), Api.PASSWORD);
        otherHr = api.login((String) api.createUser(admin, "Чужі кадри", otherHromada, "HR").get("email"), Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Робота з постраждалими від насильства",
                "titleEn", "Working with survivors of violence", "summary", "Курс", "hours", 24,
                "outcomes", List.of("Виявляє ознаки насильства", "Складає план безпеки"), "language", "uk",
                "providerId", provider.toString()));
        if (validityMonths != null) {
            body.put("certificateValidityMonths", validityMonths);
        }
        course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст"))).body());
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
    }

    /** A learner of the hromada who enrolls and completes the course; returns the learner's token and id. */
    Map<String, Object> completer(String name) {
        Map<String, Object> user = api.createUser(admin, name, hromada, "LEARNER");
        String token = api.login((String) user.get("email"), Api.PASSWORD);
        api.post(token, "/api/courses/" + course + "/enrollments", Map.of());
        api.get(token, "/api/lessons/" + lesson);
        Map<String, Object> result = new HashMap<>(user);
        result.put("token", token);
        return result;
    }
}
