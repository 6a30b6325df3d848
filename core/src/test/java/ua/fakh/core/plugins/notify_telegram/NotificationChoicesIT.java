package ua.fakh.core.plugins.notify_telegram;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.notifications.MessengerAccounts;
import ua.fakh.core.notifications.MessengerPeople;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.testing.Api;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/me/notifications}: a person's own grid of kinds and channels, with a linked Telegram as a column. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.notifications.send", value = "false")
class NotificationChoicesIT implements TestPropertyProvider {
    private final TelegramDouble telegram = new TelegramDouble();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    MessengerAccounts accounts;

    private MessengerPeople people;
    private Api api;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.notify_telegram.token", TelegramDouble.TOKEN,
                "fakh.plugins.notify_telegram.bot-name", TelegramDouble.BOT,
                "fakh.plugins.notify_telegram.api-url", telegram.url(),
                "fakh.public-url", "https://fakh.example");
    }

    @BeforeEach
    void world() {
        if (people == null) {
            api = new Api(client);
            people = new MessengerPeople(api);
        }
    }

    @AfterAll
    void stopDouble() {
        telegram.close();
    }

    @Test
    void aPersonSwitchesAKindOffOnTheirTelegram() {
        Recipient person = people.learner("Соломія Вибіркова");
        accounts.redeem(NotifyTelegram.ID, accounts.newToken(NotifyTelegram.ID, person.userId()).token(), "777" + System.nanoTime());
        String token = people.tokenOf(person);

        Map<String, Object> before = api.get(token, "/api/me/notifications").body();
        assertThat(before.get("channels")).asList().contains(Map.of("id", "notify_telegram", "name", "Telegram"));
        assertThat(kinds(before)).extracting(k -> k.get("kind"))
                .doesNotContain("INVITATION", "PASSWORD_RESET", "PASSWORD_CHANGED").contains("DUE_SOON", "CERTIFICATE_ISSUED");
        assertThat(kinds(before)).allSatisfy(k -> assertThat(k.get("channels")).asList().contains("notify_telegram"));

        HttpResponse<Map<String, Object>> saved = api.put(token, "/api/me/notifications",
                Map.of("choices", Map.of("DUE_SOON", List.of("notify_telegram"), "ENROLLED", List.of())));

        assertThat(saved.code()).isEqualTo(200);
        Map<String, Object> after = api.get(token, "/api/me/notifications").body();
        assertThat(kinds(after)).filteredOn(k -> k.get("kind").equals("DUE_SOON")).singleElement()
                .satisfies(k -> assertThat(k.get("channels")).isEqualTo(List.of("notify_telegram")));
        assertThat(kinds(after)).filteredOn(k -> k.get("kind").equals("OVERDUE")).singleElement()
                .satisfies(k -> assertThat(k.get("channels")).isEqualTo(List.of()));
    }

    @Test
    void everyWrongKindOrChannelIsReportedAtOnce() {
        String token = people.tokenOf(people.learner("Тимофій Помилковий"));

        HttpResponse<Map<String, Object>> refused = api.put(token, "/api/me/notifications",
                Map.of("choices", Map.of("PASSWORD_RESET", List.of(), "NO_SUCH_KIND", List.of(),
                        "DUE_SOON", List.of("notify_telegram"))));

        assertThat(refused.code()).isEqualTo(400);
        assertThat(Api.body(refused).get("errors")).asList().hasSize(3);
        assertThat(api.put(token, "/api/me/notifications", Map.of()).code()).isEqualTo(400);
        assertThat(api.put(token, "/api/me/notifications", Map.of("choices", Map.of("DUE\u0000SOON", List.of()))).code())
                .isEqualTo(400);
    }

    @Test
    void onlyThePersonThemselvesSeesOrChangesTheirChoices() {
        assertThat(api.get(null, "/api/me/notifications").code()).isEqualTo(401);
        assertThat(api.put(null, "/api/me/notifications", Map.of("choices", Map.of())).code()).isEqualTo(401);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> kinds(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("kinds");
    }
}
