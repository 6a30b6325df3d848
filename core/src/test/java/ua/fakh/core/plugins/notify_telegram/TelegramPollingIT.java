package ua.fakh.core.plugins.notify_telegram;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.notifications.MessengerApiDouble;
import ua.fakh.core.notifications.MessengerPeople;
import ua.fakh.core.notifications.Messengers;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.testing.Api;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an https public address the bot long-polls getUpdates, and links people the same way. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramPollingIT implements TestPropertyProvider {
    private final TelegramDouble telegram = new TelegramDouble();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    NotifyTelegram channel;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("fakh.plugins.notify_telegram.token", TelegramDouble.TOKEN,
                "fakh.plugins.notify_telegram.bot-name", TelegramDouble.BOT,
                "fakh.plugins.notify_telegram.api-url", telegram.url(),
                "fakh.plugins.notify_telegram.poll-timeout", "1s",
                "fakh.public-url", "http://localhost:8080");
    }

    @AfterAll
    void stopDouble() {
        assertThat(telegram.violations).isEmpty();
        telegram.close();
    }

    @Test
    void linksAPersonFromAnUpdateItPolledAndMovesTheOffsetPastIt() {
        Api api = new Api(client);
        Recipient person = new MessengerPeople(api).learner("Роман Опитувальний");
        String url = (String) api.post(api.login(person.email(), Api.PASSWORD), "/api/me/messengers/notify_telegram/link", Map.of())
                .body().get("url");
        // above the ids other suites claimed in a shared database, so the poll offset does not skip it
        long updateId = System.currentTimeMillis() * 1000;

        telegram.pendingUpdates.add(TelegramDouble.privateMessage(updateId, 42_4242L, "/start " + url.substring(url.indexOf("=") + 1), "uk"));

        MessengerApiDouble.await("the person linked", () -> channel.isLinked(person.userId()));
        MessengerApiDouble.await("a poll after the update", () -> telegram.callsOf("getUpdates").stream()
                .anyMatch(call -> ((Number) call.body().get("offset")).longValue() == updateId + 1));
        assertThat(telegram.textsTo("424242")).singleElement().asString().startsWith("Готово");
        assertThat(telegram.callsOf("deleteWebhook")).isNotEmpty();
        assertThat(telegram.callsOf("setWebhook")).isEmpty();
    }
}
