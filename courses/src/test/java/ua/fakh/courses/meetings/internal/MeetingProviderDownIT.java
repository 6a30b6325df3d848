package ua.fakh.courses.meetings.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.plugins.meeting_bigbluebutton.BigBlueButtonDouble;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A BigBlueButton server that says no (this installation holds the wrong secret) and then one that is gone:
 * creating an online session answers 502 problem+json saying which, in the trainer's language, and stores no session.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingProviderDownIT implements TestPropertyProvider {
    private final BigBlueButtonDouble bbb = new BigBlueButtonDouble();

    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String trainer;
    UUID cohort;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.meeting_bigbluebutton.url", bbb.url(),
                "fakh.plugins.meeting_bigbluebutton.secret", "not-" + BigBlueButtonDouble.SECRET);
    }

    @AfterAll
    void stopDouble() {
        bbb.close();
    }

    private void world() {
        if (api != null) {
            return;
        }
        api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        trainer = api.login((String) api.createUser(admin, "Тренерка BBB", provider, "TRAINER").get("email"), Api.PASSWORD);
        UUID course = Api.id(api.post(trainer, "/api/courses", Map.of("title", Api.unique("Онлайн-семінар"), "summary", "Опис",
                "hours", 2, "outcomes", List.of("Знає"), "language", "uk", "providerId", provider.toString())).body());
        cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Онлайн-група")).body());
    }

    private MutableHttpRequest<?> addSession() {
        return HttpRequest.POST("/api/cohorts/" + cohort + "/sessions", Map.of("title", "День 1",
                "startsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "hours", 2, "mode", "ONLINE",
                "meetingProvider", "meeting_bigbluebutton"));
    }

    @SuppressWarnings("unchecked")
    private List<Object> sessions() {
        return (List<Object>) api.get(trainer, "/api/cohorts/" + cohort).body().get("sessions");
    }

    @Test
    @Order(1)
    void aServerThatRefusesTheChecksumIsNamedAsRefusingAndNothingIsStored() {
        world();
        HttpResponse<Map<String, Object>> uk = api.exchange(Api.authorised(addSession(), trainer));
        HttpResponse<Map<String, Object>> en = api.exchange(Api.authorised(addSession().cookie(Cookie.of("fakh_lang", "en")), trainer));

        assertThat(uk.code()).isEqualTo(502);
        assertThat(uk.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(Api.body(uk)).containsEntry("detail",
                "Сервіс зустрічей відхилив запит; нічого не збережено. Попросіть адміністратора перевірити його налаштування.");
        assertThat(Api.body(en)).containsEntry("detail",
                "The meeting service refused the request; nothing was saved. Ask the administrator to check its settings.");
        assertThat(bbb.meetings).isEmpty();
        assertThat(sessions()).isEmpty();
    }

    @Test
    @Order(2)
    void aServerThatIsGoneIsNamedAsUnreachableAndNothingIsStored() {
        world();
        bbb.close();
        HttpResponse<Map<String, Object>> gone = api.exchange(Api.authorised(addSession(), trainer));

        assertThat(gone.code()).isEqualTo(502);
        assertThat(Api.body(gone)).containsEntry("detail",
                "Сервіс зустрічей зараз недоступний; нічого не збережено. Спробуйте за кілька хвилин.");
        assertThat(sessions()).isEmpty();
    }
}
