package ua.fakh.courses.plugins;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question type plugin refuses a definition with keys of its own bundle and the shared field
 * messages; the trainer reads both in their language, with the numbers filled in.
 */
@MicronautTest(transactional = false)
class PluginFieldMessagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aPluginsRefusalIsReadInTheCallersLanguage() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        String trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        UUID course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", Api.unique("Курс"),
                "summary", "Опис", "hours", 4, "outcomes", List.of("Знає"), "language", "uk", "providerId", provider.toString()))).body());
        Map<String, Object> weightsOff = Map.of("type", "qtype_multichoice", "text", "Що з цього правда?", "definition", Map.of(
                "choices", List.of(Map.of("text", "Так", "weight", 40), Map.of("text", "Ні", "weight", -100))));

        assertThat(refusal(api, trainer, course, weightsOff, "uk")).containsEntry("definition.choices", "додатні ваги мають разом давати 100 %, а не 40 %");
        assertThat(refusal(api, trainer, course, weightsOff, "en")).containsEntry("definition.choices", "the positive weights must add up to 100%, not 40%");

        Map<String, Object> noAnswer = Map.of("type", "qtype_truefalse", "text", "Чи правда?", "definition", Map.of());
        assertThat(refusal(api, trainer, course, noAnswer, "uk")).containsEntry("definition.answer", "обов’язкове поле");
        assertThat(refusal(api, trainer, course, noAnswer, "en")).containsEntry("definition.answer", "is required");
    }

    /** The refused fields and their messages, asked in {@code language}. */
    private static Map<String, Object> refusal(Api api, String trainer, UUID course, Map<String, Object> question, String language) {
        HttpResponse<?> response = api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions", question)
                .cookie(Cookie.of(LocaleChoice.COOKIE, language)), trainer));
        assertThat(response.code()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.body(response).get("errors");
        Map<String, Object> byField = new HashMap<>();
        errors.forEach(e -> byField.put(e.get("field").toString(), e.get("message")));
        return byField;
    }
}
